package org.rabta.screening.engine;

import static org.rabta.screening.engine.FactGroup.ACT;
import static org.rabta.screening.engine.FactGroup.MEANS;
import static org.rabta.screening.engine.FactGroup.MOVEMENT;
import static org.rabta.screening.engine.FactGroup.PURPOSE;
import static org.rabta.screening.engine.FactGroup.SMUGGLING_AGGRAVATION;
import static org.rabta.screening.engine.FactGroup.VULNERABILITY;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every fact a caseworker can record. The constant name is the code used in the API, in stored
 * screenings and in the message keys {@code screening.fact.<CODE>.label|question|help}, so a
 * constant must never be renamed; a fact that the law stops using stays for old screenings.
 */
public enum Fact {
    ACT_RECRUITED(ACT),
    ACT_TRANSPORTED(ACT),
    ACT_TRANSFERRED(ACT),
    ACT_HARBOURED(ACT),
    ACT_RECEIVED(ACT),
    ACT_PROVIDED_OR_SOLD(ACT),

    MEANS_FORCE(MEANS),
    MEANS_THREATS(MEANS),
    MEANS_ABDUCTION(MEANS),
    MEANS_FRAUD_OR_DECEPTION(MEANS),
    MEANS_DEBT_BONDAGE(MEANS),
    MEANS_DOCUMENTS_WITHHELD(MEANS),
    MEANS_ISOLATION_OR_CONFINEMENT(MEANS),
    MEANS_ABUSE_OF_VULNERABILITY(MEANS),
    MEANS_PSYCHOLOGICAL_PRESSURE(MEANS),
    MEANS_PAYMENT_TO_PERSON_IN_CONTROL(MEANS),

    PURPOSE_FORCED_LABOUR(PURPOSE),
    PURPOSE_BONDED_LABOUR(PURPOSE),
    PURPOSE_DOMESTIC_SERVITUDE(PURPOSE),
    PURPOSE_SEXUAL_EXPLOITATION(PURPOSE),
    PURPOSE_FORCED_MARRIAGE(PURPOSE),
    PURPOSE_FORCED_BEGGING(PURPOSE),
    PURPOSE_FORCED_CRIMINALITY(PURPOSE),
    PURPOSE_ORGAN_REMOVAL(PURPOSE),

    BORDER_CROSSED(MOVEMENT),
    ENTRY_OR_EXIT_IRREGULAR(MOVEMENT),
    STAY_IRREGULAR(MOVEMENT),
    FACILITATOR_INVOLVED(MOVEMENT),
    FACILITATOR_BENEFIT(MOVEMENT),
    DESTINATION_NATIONAL_OR_RESIDENT(MOVEMENT),
    MOVEMENT_CONSENTED(MOVEMENT),

    SOM_LIFE_ENDANGERED(SMUGGLING_AGGRAVATION),
    SOM_INHUMAN_TREATMENT(SMUGGLING_AGGRAVATION),

    VULN_UNACCOMPANIED(VULNERABILITY),
    VULN_PREGNANT(VULNERABILITY),
    VULN_DISABILITY(VULNERABILITY),
    VULN_SERIOUS_ILLNESS_OR_INJURY(VULNERABILITY),
    VULN_SURVIVOR_OF_VIOLENCE(VULNERABILITY),
    VULN_DESTITUTE(VULNERABILITY);

    private final FactGroup group;

    Fact(FactGroup group) {
        this.group = group;
    }

    public FactGroup group() {
        return group;
    }

    /** The facts of one group, in declaration (questionnaire) order. */
    public static List<Fact> inGroup(FactGroup group) {
        return Arrays.stream(values()).filter(fact -> fact.group == group).toList();
    }

    /** The fact whose code is exactly {@code code}, if any. */
    public static Optional<Fact> fromCode(String code) {
        return Arrays.stream(values()).filter(fact -> fact.name().equals(code)).findFirst();
    }
}
