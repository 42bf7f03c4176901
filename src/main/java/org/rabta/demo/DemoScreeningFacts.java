package org.rabta.demo;

import java.util.EnumMap;
import java.util.Map;
import org.rabta.cases.ControlMethod;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.RecruitmentMethod;
import org.rabta.cases.VictimCase;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;

/**
 * Answers a caseworker could plausibly give for a demo case, read from what the case records: its forms of
 * exploitation become the purpose, its control and recruitment methods the means, its route the movement. The
 * {@code variant} (the case's place in the agency's list) spreads the cases over the outcomes each route allows, so
 * the demo shows every kind of determination; the engine, not this class, decides which one the answers meet.
 */
final class DemoScreeningFacts {

    private static final String PAKISTAN = "PK";

    private DemoScreeningFacts() {
    }

    static Facts forCase(VictimCase victimCase, int variant) {
        boolean crossesBorder = !PAKISTAN.equals(victimCase.getRoute().getOriginCountry()) || !PAKISTAN.equals(victimCase.getRoute().getDestinationCountry())
                || !victimCase.getRoute().getTransitCountries().isEmpty();
        return crossesBorder ? abroad(victimCase, variant) : withinPakistan(victimCase, variant);
    }

    /** Recruited and moved within Pakistan: trafficking when the exploitation is established, else still possible. */
    private static Facts withinPakistan(VictimCase victimCase, int variant) {
        Map<Fact, Answer> answers = new EnumMap<>(Fact.class);
        answers.put(Fact.BORDER_CROSSED, Answer.NO);
        answers.put(Fact.ACT_RECRUITED, Answer.YES);
        answers.put(Fact.ACT_HARBOURED, Answer.YES);
        means(victimCase, answers);
        boolean exploitationEstablished = variant % 3 != 2;
        if (exploitationEstablished) {
            purposes(victimCase, answers);
        }
        return Facts.of(answers);
    }

    /**
     * Across a border: some were trafficked through a regular departure, some smuggled (vulnerable when a child or
     * endangered on the way), some crossed or stayed irregularly on their own.
     */
    private static Facts abroad(VictimCase victimCase, int variant) {
        Map<Fact, Answer> answers = new EnumMap<>(Fact.class);
        answers.put(Fact.BORDER_CROSSED, Answer.YES);
        answers.put(Fact.DESTINATION_NATIONAL_OR_RESIDENT, Answer.NO);
        switch (variant % 4) {
            case 0 -> {
                answers.put(Fact.ENTRY_OR_EXIT_IRREGULAR, Answer.NO);
                answers.put(Fact.ACT_RECRUITED, Answer.YES);
                answers.put(Fact.ACT_TRANSPORTED, Answer.YES);
                means(victimCase, answers);
                purposes(victimCase, answers);
            }
            case 1, 2 -> {
                answers.put(Fact.ENTRY_OR_EXIT_IRREGULAR, Answer.YES);
                answers.put(Fact.FACILITATOR_INVOLVED, Answer.YES);
                answers.put(Fact.FACILITATOR_BENEFIT, Answer.YES);
                answers.put(Fact.MOVEMENT_CONSENTED, Answer.YES);
                if (variant % 4 == 2) {
                    answers.put(Fact.SOM_LIFE_ENDANGERED, Answer.YES);
                    answers.put(Fact.VULN_DESTITUTE, Answer.YES);
                }
            }
            default -> {
                answers.put(Fact.ENTRY_OR_EXIT_IRREGULAR, Answer.NO);
                answers.put(Fact.STAY_IRREGULAR, Answer.YES);
                answers.put(Fact.FACILITATOR_INVOLVED, Answer.NO);
                answers.put(Fact.MOVEMENT_CONSENTED, Answer.YES);
            }
        }
        return Facts.of(answers);
    }

    private static void purposes(VictimCase victimCase, Map<Fact, Answer> answers) {
        for (ExploitationType type : victimCase.getExploitation().getTypes()) {
            Fact purpose = switch (type) {
                case FORCED_LABOUR -> Fact.PURPOSE_FORCED_LABOUR;
                case BONDED_LABOUR -> Fact.PURPOSE_BONDED_LABOUR;
                case DOMESTIC_SERVITUDE -> Fact.PURPOSE_DOMESTIC_SERVITUDE;
                case SEXUAL_EXPLOITATION -> Fact.PURPOSE_SEXUAL_EXPLOITATION;
                case FORCED_MARRIAGE -> Fact.PURPOSE_FORCED_MARRIAGE;
                case FORCED_BEGGING -> Fact.PURPOSE_FORCED_BEGGING;
                case FORCED_CRIMINALITY -> Fact.PURPOSE_FORCED_CRIMINALITY;
                case ORGAN_REMOVAL -> Fact.PURPOSE_ORGAN_REMOVAL;
                // "Other" forms are described in the case's notes; a caseworker would record the closest: forced labour.
                case OTHER -> Fact.PURPOSE_FORCED_LABOUR;
            };
            answers.put(purpose, Answer.YES);
        }
    }

    /** The means the case's control and recruitment methods show; at least the abuse of a vulnerable position. */
    private static void means(VictimCase victimCase, Map<Fact, Answer> answers) {
        answers.put(Fact.MEANS_ABUSE_OF_VULNERABILITY, Answer.YES);
        for (ControlMethod method : victimCase.getExploitation().getControlMethods()) {
            Fact means = switch (method) {
                case DEBT_BONDAGE -> Fact.MEANS_DEBT_BONDAGE;
                case THREATS, THREAT_OF_LAW_ENFORCEMENT -> Fact.MEANS_THREATS;
                case PHYSICAL_ABUSE, SEXUAL_ABUSE -> Fact.MEANS_FORCE;
                case FALSE_PROMISES -> Fact.MEANS_FRAUD_OR_DECEPTION;
                case PSYCHOLOGICAL_ABUSE -> Fact.MEANS_PSYCHOLOGICAL_PRESSURE;
                case RESTRICTS_MOVEMENT -> Fact.MEANS_ISOLATION_OR_CONFINEMENT;
                case WITHHOLDS_DOCUMENTS -> Fact.MEANS_DOCUMENTS_WITHHELD;
                default -> null;
            };
            if (means != null) {
                answers.put(means, Answer.YES);
            }
        }
        for (RecruitmentMethod method : victimCase.getExploitation().getRecruitmentMethods()) {
            switch (method) {
                case ABDUCTION -> answers.put(Fact.MEANS_ABDUCTION, Answer.YES);
                case FALSE_JOB_OFFER, FALSE_MARRIAGE_PROMISE, EDUCATION_OFFER, MIGRATION_OR_VISA_OFFER ->
                        answers.put(Fact.MEANS_FRAUD_OR_DECEPTION, Answer.YES);
                case SOLD_BY_FAMILY -> {
                    answers.put(Fact.MEANS_PAYMENT_TO_PERSON_IN_CONTROL, Answer.YES);
                    answers.put(Fact.ACT_PROVIDED_OR_SOLD, Answer.YES);
                }
                case INHERITED_DEBT -> answers.put(Fact.MEANS_DEBT_BONDAGE, Answer.YES);
                default -> { }
            }
        }
    }
}
