package org.rabta.screening.engine;

import static org.rabta.screening.engine.Answer.UNKNOWN;
import static org.rabta.screening.engine.Answer.YES;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.DESTINATION_NATIONAL_OR_RESIDENT;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_BENEFIT;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.STAY_IRREGULAR;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the explanation of a {@link Pk2018RuleSet} result as message codes, in the order a
 * caseworker reads it aloud: the outcome, trafficking, smuggling, irregular migration, what to do
 * (flags, agency), then which open questions matter. The sentences cite this version's law, so
 * they belong to the rule set.
 */
final class Pk2018Explainer {

    private static final String PREFIX = "screening.explain.";

    private final Facts facts;
    private final Elements elements;
    private final Outcome outcome;
    private final List<Flag> flags;
    private final CompetentAgency agency;
    private final List<Fact> decisiveUnknowns;
    private final boolean ageDecisive;
    private final int indicatorsPresent;
    private final TraffickingIndicatorsCondition indicatorsCondition;
    private final List<Explanation> sentences = new ArrayList<>();

    Pk2018Explainer(ScreeningInput input, Elements elements, Outcome outcome, List<Flag> flags,
            CompetentAgency agency, List<Fact> decisiveUnknowns, boolean ageDecisive,
            TraffickingIndicatorsCondition indicatorsCondition) {
        this.facts = input.facts();
        this.indicatorsPresent = input.indicatorsPresent();
        this.indicatorsCondition = indicatorsCondition;
        this.elements = elements;
        this.outcome = outcome;
        this.flags = flags;
        this.agency = agency;
        this.decisiveUnknowns = decisiveUnknowns;
        this.ageDecisive = ageDecisive;
    }

    List<Explanation> explain() {
        say("outcome." + outcome.name());
        explainTrafficking();
        if (Pk2018RuleSet.consentIrrelevant(elements, facts)) {
            say("consentIrrelevant");
        }
        explainSmuggling();
        explainIrregularMigration();
        List<Fact> vulnerabilities = facts.withAnswer(FactGroup.VULNERABILITY, YES);
        if (!vulnerabilities.isEmpty()) {
            say("vulnerabilities", vulnerabilities);
        }
        flags.forEach(this::explainFlag);
        say("agency." + agency.name());
        if (!decisiveUnknowns.isEmpty()) {
            say("decisiveUnknowns", decisiveUnknowns);
        }
        if (ageDecisive) {
            say("ageDecisive");
        }
        return List.copyOf(sentences);
    }

    private void explainTrafficking() {
        List<Fact> acts = facts.withAnswer(FactGroup.ACT, YES);
        List<Fact> means = facts.withAnswer(FactGroup.MEANS, YES);
        List<Fact> purposes = facts.withAnswer(FactGroup.PURPOSE, YES);
        if (elements.trafficking().isYes()) {
            if (elements.means().isYes()) {
                say("trafficking.established", acts, means, purposes);
            } else {
                say("trafficking.establishedChild", acts, purposes);
            }
            if (elements.child().isYes()) {
                say("child.meansNotRequired");
            }
            return;
        }
        say(elements.trafficking().isNo() ? "trafficking.notEstablished" : "trafficking.undetermined");
        explainElement("act", elements.act(), acts);
        explainMeansOrChild(means);
        explainElement("purpose", elements.purpose(), purposes);
    }

    private void explainElement(String element, Answer answer, List<Fact> present) {
        switch (answer) {
            case YES -> say(element + ".yes", present);
            case NO -> say(element + ".no");
            case UNKNOWN -> say(element + ".unknown");
        }
    }

    /** Means matter only for an adult, so what is said about them depends on the age too. */
    private void explainMeansOrChild(List<Fact> means) {
        if (elements.child().isYes()) {
            say("child.meansNotRequired");
        } else if (elements.means().isYes()) {
            say("means.yes", means);
        } else if (elements.means().isNo()) {
            say(elements.child().isNo() ? "means.noAdult" : "means.noAgeUnknown");
        } else {
            say(elements.child().isNo() ? "means.unknown" : "means.unknownAgeUnknown");
        }
    }

    private void explainSmuggling() {
        switch (elements.smuggling()) {
            case YES -> say("smuggling.established");
            case NO -> {
                sayIf(facts.get(BORDER_CROSSED).isNo(), "smuggling.noBorder");
                sayIf(facts.get(ENTRY_OR_EXIT_IRREGULAR).isNo(), "smuggling.regularEntry");
                sayIf(facts.get(FACILITATOR_INVOLVED).isNo(), "smuggling.noFacilitator");
                sayIf(facts.get(FACILITATOR_BENEFIT).isNo(), "smuggling.noBenefit");
                sayIf(facts.get(DESTINATION_NATIONAL_OR_RESIDENT).isYes(), "smuggling.nationalOrResident");
            }
            case UNKNOWN -> say("smuggling.undetermined", facts.withAnswer(UNKNOWN, BORDER_CROSSED,
                    ENTRY_OR_EXIT_IRREGULAR, FACILITATOR_INVOLVED, FACILITATOR_BENEFIT, DESTINATION_NATIONAL_OR_RESIDENT));
        }
    }

    private void explainIrregularMigration() {
        Answer crossing = Pk2018RuleSet.irregularCrossing(facts);
        Answer stay = facts.get(STAY_IRREGULAR);
        if (elements.smuggling().isYes()) {
            say("irregular.partOfSmuggling");
        } else if (elements.irregularMigration().isYes()) {
            sayIf(crossing.isYes(), "irregular.crossing");
            sayIf(stay.isYes(), "irregular.stay");
        } else if (elements.irregularMigration().isNo()) {
            say("irregular.no");
        } else if (Pk2018RuleSet.irregularMovement(facts).isYes()) {
            say("irregular.dependsOnSmuggling");
        } else {
            List<Fact> open = Stream.concat(
                    crossing.isUnknown() ? facts.withAnswer(UNKNOWN, BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).stream()
                            : Stream.empty(),
                    facts.withAnswer(UNKNOWN, STAY_IRREGULAR).stream()).toList();
            say("irregular.undetermined", open);
        }
    }

    private void explainFlag(Flag flag) {
        switch (flag) {
            case CHILD -> say("flag.CHILD");
            case AGGRAVATED_TRAFFICKING -> say("flag.AGGRAVATED_TRAFFICKING",
                    yesAmong(Pk2018RuleSet.TRAFFICKING_AGGRAVATIONS));
            case AGGRAVATED_SMUGGLING -> say("flag.AGGRAVATED_SMUGGLING",
                    yesAmong(Pk2018RuleSet.SMUGGLING_AGGRAVATIONS));
            case NON_PUNISHMENT -> {
                sayIf(elements.trafficking().isYes(), "flag.NON_PUNISHMENT.trafficking");
                sayIf(elements.smuggling().isYes(), "flag.NON_PUNISHMENT.smuggling");
            }
            case TRAFFICKING_INDICATORS_PRESENT -> explainTraffickingIndicators();
        }
    }

    /** Names what raised the flag, in the terms of the version's condition. */
    private void explainTraffickingIndicators() {
        switch (indicatorsCondition) {
            case ANY_ELEMENT -> say("flag.TRAFFICKING_INDICATORS_PRESENT", yesIn(FactGroup.ACT, FactGroup.MEANS,
                    FactGroup.PURPOSE));
            case MEANS_PURPOSE_OR_INDICATOR -> {
                List<Fact> meansOrPurpose = yesIn(FactGroup.MEANS, FactGroup.PURPOSE);
                sayIf(!meansOrPurpose.isEmpty(), "flag.TRAFFICKING_INDICATORS_PRESENT.meansOrPurpose", meansOrPurpose);
                sayIf(indicatorsPresent > 0, "flag.TRAFFICKING_INDICATORS_PRESENT.indicators", indicatorsPresent);
            }
        }
    }

    private List<Fact> yesIn(FactGroup... groups) {
        return Stream.of(groups).flatMap(group -> facts.withAnswer(group, YES).stream()).toList();
    }

    private List<Fact> yesAmong(List<Fact> candidates) {
        return candidates.stream().filter(fact -> facts.get(fact) == YES).toList();
    }

    private void sayIf(boolean condition, String code, Object... args) {
        if (condition) {
            say(code, args);
        }
    }

    private void say(String code, Object... args) {
        sentences.add(Explanation.of(PREFIX + code, args));
    }
}
