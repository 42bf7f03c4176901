package org.rabta.screening.engine;

import static org.rabta.screening.engine.Answer.YES;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.DESTINATION_NATIONAL_OR_RESIDENT;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_BENEFIT;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.MEANS_DOCUMENTS_WITHHELD;
import static org.rabta.screening.engine.Fact.MOVEMENT_CONSENTED;
import static org.rabta.screening.engine.Fact.SOM_INHUMAN_TREATMENT;
import static org.rabta.screening.engine.Fact.SOM_LIFE_ENDANGERED;
import static org.rabta.screening.engine.Fact.STAY_IRREGULAR;
import static org.rabta.screening.engine.Fact.VULN_DISABILITY;
import static org.rabta.screening.engine.Fact.VULN_SERIOUS_ILLNESS_OR_INJURY;
import static org.rabta.screening.engine.LegalSource.EMIGRATION_ORDINANCE_S17;
import static org.rabta.screening.engine.LegalSource.FOREIGNERS_ACT;
import static org.rabta.screening.engine.LegalSource.PALERMO_PROTOCOL_ART3;
import static org.rabta.screening.engine.LegalSource.PASSPORTS_ACT;
import static org.rabta.screening.engine.LegalSource.PSMA_2018;
import static org.rabta.screening.engine.LegalSource.PTPA_S3;
import static org.rabta.screening.engine.LegalSource.PTPA_S4;
import static org.rabta.screening.engine.LegalSource.PTPA_S6;
import static org.rabta.screening.engine.LegalSource.PTPA_S7;
import static org.rabta.screening.engine.LegalSource.PTPA_S8;
import static org.rabta.screening.engine.LegalSource.SMUGGLING_PROTOCOL_ART3;
import static org.rabta.screening.engine.LegalSource.SMUGGLING_PROTOCOL_ART5;
import static org.rabta.screening.engine.LegalSource.SMUGGLING_PROTOCOL_ART6_3;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pakistan's law as enacted in 2018: the Prevention of Trafficking in Persons Act 2018 (PTPA),
 * the Prevention of Smuggling of Migrants Act 2018 (PSMA), read with the UN Trafficking
 * ("Palermo") and Smuggling Protocols, and the migration offences of the Emigration Ordinance
 * 1979, the Passports Act 1974 and the Foreigners Act 1946.
 *
 * <p>Every rule of this version is a constant below, naming its sources; the methods under each
 * group of constants are the rules themselves. Do not edit a released version to follow a change
 * of law: add a new rule set and register it in {@link RuleSets}. A later version that changes only some rules
 * (such as {@link Pk2018Revision2RuleSet}) builds on this class through its package-private constructor, naming the
 * rules it reads differently; the public constructor is PK-2018.1 as released.
 */
public final class Pk2018RuleSet implements RuleSet {

    public static final String VERSION = "PK-2018.1";

    // Building blocks of trafficking: act, means, purpose; a child is anyone under 18.
    static final Rule ACT = new Rule("element.act", PTPA_S3, PALERMO_PROTOCOL_ART3);
    static final Rule MEANS = new Rule("element.means", PTPA_S3, PALERMO_PROTOCOL_ART3);
    static final Rule PURPOSE = new Rule("element.purpose", PTPA_S3, PALERMO_PROTOCOL_ART3);
    static final Rule CHILD = new Rule("element.child", PTPA_S7, PALERMO_PROTOCOL_ART3);

    // Conclusions: their sources make up the legal basis of a result when they hold.
    static final Rule TRAFFICKING = new Rule("element.trafficking", PTPA_S3, PALERMO_PROTOCOL_ART3);
    static final Rule CHILD_TRAFFICKING = new Rule("element.trafficking.child", PTPA_S3, PTPA_S7, PALERMO_PROTOCOL_ART3);
    static final Rule CONSENT_IRRELEVANT = new Rule("consent.irrelevant", PTPA_S7, PALERMO_PROTOCOL_ART3);
    static final Rule POSSIBLE_TRAFFICKING = new Rule("outcome.possibleTrafficking", PTPA_S3, PALERMO_PROTOCOL_ART3);
    static final Rule SMUGGLING = new Rule("element.smuggling", PSMA_2018, SMUGGLING_PROTOCOL_ART3);
    static final Rule IRREGULAR_MIGRATION = new Rule("element.irregularMigration",
            EMIGRATION_ORDINANCE_S17, PASSPORTS_ACT, FOREIGNERS_ACT);
    static final Rule COMPETENT_AGENCY = new Rule("competentAgency", PTPA_S8);

    // Flags.
    static final Rule CHILD_PROTECTION = new Rule("flag.child", PTPA_S7, PALERMO_PROTOCOL_ART3);
    static final Rule AGGRAVATED_TRAFFICKING = new Rule("flag.aggravatedTrafficking", PTPA_S4);
    static final Rule AGGRAVATED_SMUGGLING = new Rule("flag.aggravatedSmuggling", PSMA_2018, SMUGGLING_PROTOCOL_ART6_3);
    static final Rule VICTIM_NOT_PUNISHED = new Rule("flag.nonPunishment.trafficking", PTPA_S6);
    static final Rule SMUGGLED_MIGRANT_NOT_PUNISHED = new Rule("flag.nonPunishment.smuggling",
            PSMA_2018, SMUGGLING_PROTOCOL_ART5);
    static final Rule TRAFFICKING_INDICATORS = new Rule("flag.traffickingIndicators", PTPA_S3, PALERMO_PROTOCOL_ART3);

    /** The flag each flag rule raises; both non-punishment rules raise the same flag. */
    private static final Map<Rule, Flag> RAISES = Map.of(
            CHILD_PROTECTION, Flag.CHILD,
            AGGRAVATED_TRAFFICKING, Flag.AGGRAVATED_TRAFFICKING,
            AGGRAVATED_SMUGGLING, Flag.AGGRAVATED_SMUGGLING,
            VICTIM_NOT_PUNISHED, Flag.NON_PUNISHMENT,
            SMUGGLED_MIGRANT_NOT_PUNISHED, Flag.NON_PUNISHMENT,
            TRAFFICKING_INDICATORS, Flag.TRAFFICKING_INDICATORS_PRESENT);

    private static final List<Rule> RULES = List.of(
            ACT, MEANS, PURPOSE, CHILD,
            TRAFFICKING, CHILD_TRAFFICKING, CONSENT_IRRELEVANT, POSSIBLE_TRAFFICKING,
            SMUGGLING, IRREGULAR_MIGRATION, COMPETENT_AGENCY,
            CHILD_PROTECTION, AGGRAVATED_TRAFFICKING, AGGRAVATED_SMUGGLING,
            VICTIM_NOT_PUNISHED, SMUGGLED_MIGRANT_NOT_PUNISHED, TRAFFICKING_INDICATORS);

    /** Under 18 is a child (PTPA; Palermo Protocol art. 3(d)); 18 itself is an adult. */
    static final int ADULT_AGE = 18;

    /**
     * The recorded facts that match an aggravating circumstance of PTPA s.4: the victim's travel or
     * identity documents withheld, serious injury or life-threatening illness, and a victim with a
     * physical or mental disability. Abduction is a means
     * of the basic s.3 offence, not a s.4 circumstance. The higher penalty where the victim is a woman
     * or a child belongs to s.3, and the CHILD flag already marks a child.
     */
    static final List<Fact> TRAFFICKING_AGGRAVATIONS =
            List.of(MEANS_DOCUMENTS_WITHHELD, VULN_SERIOUS_ILLNESS_OR_INJURY, VULN_DISABILITY);

    /** Smuggling that endangers life or safety, or treats the migrant inhumanly (Protocol art. 6(3)). */
    static final List<Fact> SMUGGLING_AGGRAVATIONS = List.of(SOM_LIFE_ENDANGERED, SOM_INHUMAN_TREATMENT);

    private static final Set<Outcome> MIGRATION_OUTCOMES =
            EnumSet.of(Outcome.SMUGGLING, Outcome.VULNERABLE_SMUGGLED_MIGRANT, Outcome.IRREGULAR_MIGRATION);

    /** Outcomes where PTPA s.8 decides who investigates; for smuggling alone the PSMA already does. */
    private static final Set<Outcome> TRAFFICKING_OUTCOMES =
            EnumSet.of(Outcome.SMUGGLED_AND_TRAFFICKED, Outcome.TRAFFICKING, Outcome.POSSIBLE_TRAFFICKING);

    private final String version;
    private final TraffickingIndicatorsCondition indicatorsCondition;

    /** PK-2018.1 as released. */
    public Pk2018RuleSet() {
        this(VERSION, TraffickingIndicatorsCondition.ANY_ELEMENT);
    }

    /** A later version of the 2018 law that reads the trafficking-indicators flag as {@code indicatorsCondition}. */
    Pk2018RuleSet(String version, TraffickingIndicatorsCondition indicatorsCondition) {
        this.version = version;
        this.indicatorsCondition = indicatorsCondition;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public ScreeningResult evaluate(ScreeningInput input) {
        Facts facts = input.facts();
        Elements elements = elements(input);
        Outcome outcome = outcome(elements, facts);
        List<Rule> held = conclusionsThatHold(elements, outcome, input);
        CompetentAgency agency = competentAgency(facts);
        List<Fact> decisive = WhatIf.decisiveFacts(input, this::outcome);
        boolean ageDecisive = WhatIf.ageDecisive(input, this::outcome, ADULT_AGE);
        List<Flag> flags = flags(held);
        return new ScreeningResult(
                elements,
                outcome,
                flags,
                agency,
                legalBasis(held),
                new Pk2018Explainer(input, elements, outcome, flags, agency, decisive, ageDecisive, indicatorsCondition)
                        .explain(),
                version,
                decisive);
    }

    Outcome outcome(ScreeningInput input) {
        return outcome(elements(input), input.facts());
    }

    // ---- elements ----

    static Elements elements(ScreeningInput input) {
        Facts facts = input.facts();
        Answer act = facts.any(FactGroup.ACT);
        Answer means = facts.any(FactGroup.MEANS);
        Answer purpose = facts.any(FactGroup.PURPOSE);
        Answer child = child(input.age());
        Answer smuggling = smuggling(facts);
        return new Elements(act, means, purpose, child,
                trafficking(act, means, purpose, child),
                smuggling,
                irregularMigration(facts, smuggling));
    }

    static Answer child(Integer age) {
        return age == null ? Answer.UNKNOWN : Answer.of(age < ADULT_AGE);
    }

    /**
     * PTPA s.3 with s.7, Palermo art. 3: act AND purpose AND (means OR child). Consent to the
     * movement is no part of it, so MOVEMENT_CONSENTED can never turn trafficking into a NO.
     */
    static Answer trafficking(Answer act, Answer means, Answer purpose, Answer child) {
        return adultTrafficking(act, means, purpose).or(childTrafficking(act, purpose, child));
    }

    static Answer adultTrafficking(Answer act, Answer means, Answer purpose) {
        return Answer.all(act, means, purpose);
    }

    /** For a child, no means need be shown and consent is no defence (PTPA s.7). */
    static Answer childTrafficking(Answer act, Answer purpose, Answer child) {
        return Answer.all(act, purpose, child);
    }

    /** PSMA 2018; Smuggling Protocol art. 3: nobody can be smuggled into their own country. */
    static Answer smuggling(Facts facts) {
        return Answer.all(
                facts.get(BORDER_CROSSED),
                facts.get(ENTRY_OR_EXIT_IRREGULAR),
                facts.get(FACILITATOR_INVOLVED),
                facts.get(FACILITATOR_BENEFIT),
                facts.get(DESTINATION_NATIONAL_OR_RESIDENT).not());
    }

    /** Crossing irregularly or staying irregularly, unless that is part of being smuggled. */
    static Answer irregularMigration(Facts facts, Answer smuggling) {
        return irregularMovement(facts).and(smuggling.not());
    }

    static Answer irregularCrossing(Facts facts) {
        return facts.get(BORDER_CROSSED).and(facts.get(ENTRY_OR_EXIT_IRREGULAR));
    }

    static Answer irregularMovement(Facts facts) {
        return irregularCrossing(facts).or(facts.get(STAY_IRREGULAR));
    }

    // ---- outcome: the first that holds ----

    static Outcome outcome(Elements e, Facts facts) {
        if (e.trafficking().isYes() && e.smuggling().isYes()) {
            return Outcome.SMUGGLED_AND_TRAFFICKED;
        }
        if (e.trafficking().isYes()) {
            return Outcome.TRAFFICKING;
        }
        if (e.smuggling().isYes() && vulnerable(e, facts).isYes()) {
            return Outcome.VULNERABLE_SMUGGLED_MIGRANT;
        }
        if (e.smuggling().isYes()) {
            return Outcome.SMUGGLING;
        }
        if (e.trafficking().isUnknown() && anyTraffickingElement(e).isYes()) {
            return Outcome.POSSIBLE_TRAFFICKING;
        }
        if (e.irregularMigration().isYes()) {
            return Outcome.IRREGULAR_MIGRATION;
        }
        if (e.trafficking().isNo() && e.smuggling().isNo() && e.irregularMigration().isNo()) {
            return Outcome.NOT_ESTABLISHED;
        }
        return Outcome.INSUFFICIENT_INFORMATION;
    }

    /** A child, any recorded vulnerability, or a journey that endangered or mistreated the person. */
    static Answer vulnerable(Elements e, Facts facts) {
        return Answer.any(e.child(), facts.any(FactGroup.VULNERABILITY), facts.any(FactGroup.SMUGGLING_AGGRAVATION));
    }

    static Answer anyTraffickingElement(Elements e) {
        return Answer.any(e.act(), e.means(), e.purpose());
    }

    // ---- competent agency ----

    /**
     * PTPA s.8: FIA investigates trafficking into or out of Pakistan, the provincial police the rest;
     * smuggling always crosses a border, and FIA investigates PSMA offences too.
     */
    static CompetentAgency competentAgency(Facts facts) {
        return facts.get(BORDER_CROSSED).isYes() ? CompetentAgency.FIA : CompetentAgency.POLICE;
    }

    // ---- conclusions and flags ----

    private List<Rule> conclusionsThatHold(Elements e, Outcome outcome, ScreeningInput input) {
        Facts facts = input.facts();
        List<Rule> held = new ArrayList<>();
        if (adultTrafficking(e.act(), e.means(), e.purpose()).isYes()) {
            held.add(TRAFFICKING);
        }
        if (childTrafficking(e.act(), e.purpose(), e.child()).isYes()) {
            held.add(CHILD_TRAFFICKING);
        }
        if (consentIrrelevant(e, facts)) {
            held.add(CONSENT_IRRELEVANT);
        }
        if (outcome == Outcome.POSSIBLE_TRAFFICKING) {
            held.add(POSSIBLE_TRAFFICKING);
        }
        if (e.smuggling().isYes()) {
            held.add(SMUGGLING);
        }
        if (e.irregularMigration().isYes()) {
            held.add(IRREGULAR_MIGRATION);
        }
        if (TRAFFICKING_OUTCOMES.contains(outcome)) {
            held.add(COMPETENT_AGENCY);
        }
        if (e.child().isYes()) {
            held.add(CHILD_PROTECTION);
        }
        if (e.trafficking().isYes() && anyYes(facts, TRAFFICKING_AGGRAVATIONS)) {
            held.add(AGGRAVATED_TRAFFICKING);
        }
        if (e.smuggling().isYes() && anyYes(facts, SMUGGLING_AGGRAVATIONS)) {
            held.add(AGGRAVATED_SMUGGLING);
        }
        if (e.trafficking().isYes()) {
            held.add(VICTIM_NOT_PUNISHED);
        }
        if (e.smuggling().isYes()) {
            held.add(SMUGGLED_MIGRANT_NOT_PUNISHED);
        }
        if (MIGRATION_OUTCOMES.contains(outcome) && indicatorsCondition.holds(e, input)) {
            held.add(TRAFFICKING_INDICATORS);
        }
        return held;
    }

    /** Worth saying whenever the person agreed to move but trafficking is, or may be, in play. */
    static boolean consentIrrelevant(Elements e, Facts facts) {
        return facts.get(MOVEMENT_CONSENTED).isYes() && !e.trafficking().isNo() && anyTraffickingElement(e).isYes();
    }

    private static boolean anyYes(Facts facts, List<Fact> candidates) {
        return candidates.stream().anyMatch(fact -> facts.get(fact) == YES);
    }

    private static List<Flag> flags(List<Rule> held) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        held.stream().filter(RAISES::containsKey).map(RAISES::get).forEach(flags::add);
        return List.copyOf(flags);
    }

    private static List<LegalSource> legalBasis(List<Rule> held) {
        Set<LegalSource> sources = new TreeSet<>();
        held.forEach(rule -> sources.addAll(rule.sources()));
        return List.copyOf(sources);
    }
}
