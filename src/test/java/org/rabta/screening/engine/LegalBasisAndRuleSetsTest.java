package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.ACT_TRANSPORTED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.MEANS_FORCE;
import static org.rabta.screening.engine.Fact.MOVEMENT_CONSENTED;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.SOM_LIFE_ENDANGERED;
import static org.rabta.screening.engine.Fact.STAY_IRREGULAR;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rabta.shared.Childhood;

class LegalBasisAndRuleSetsTest {

    private static Inputs trafficked(Integer age) {
        return Inputs.age(age).yes(ACT_TRANSPORTED, MEANS_FORCE, PURPOSE_FORCED_LABOUR).no(BORDER_CROSSED);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("adult trafficked in Pakistan", trafficked(30),
                        List.of(PTPA_S3, PTPA_S6, PTPA_S8, PALERMO_PROTOCOL_ART3)),
                Arguments.of("child trafficked without means", Inputs.age(12).yes(ACT_TRANSPORTED, PURPOSE_FORCED_LABOUR)
                        .none(FactGroup.MEANS),
                        List.of(PTPA_S3, PTPA_S6, PTPA_S7, PTPA_S8, PALERMO_PROTOCOL_ART3)),
                Arguments.of("trafficked, injured", trafficked(30).yes(VULN_SERIOUS_ILLNESS_OR_INJURY),
                        List.of(PTPA_S3, PTPA_S4, PTPA_S6, PTPA_S8, PALERMO_PROTOCOL_ART3)),
                Arguments.of("consent recorded", trafficked(30).yes(MOVEMENT_CONSENTED),
                        List.of(PTPA_S3, PTPA_S6, PTPA_S7, PTPA_S8, PALERMO_PROTOCOL_ART3)),
                Arguments.of("smuggled adult", Inputs.age(30).smuggled(),
                        List.of(PSMA_2018, SMUGGLING_PROTOCOL_ART3, SMUGGLING_PROTOCOL_ART5)),
                Arguments.of("smuggled, endangered", Inputs.age(30).smuggled().yes(SOM_LIFE_ENDANGERED),
                        List.of(PSMA_2018, SMUGGLING_PROTOCOL_ART3, SMUGGLING_PROTOCOL_ART5,
                                SMUGGLING_PROTOCOL_ART6_3)),
                Arguments.of("possible trafficking", Inputs.age(30).yes(ACT_RECRUITED),
                        List.of(PTPA_S3, PTPA_S8, PALERMO_PROTOCOL_ART3)),
                Arguments.of("irregular crossing", Inputs.age(30).yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR)
                        .no(FACILITATOR_INVOLVED), List.of(EMIGRATION_ORDINANCE_S17, PASSPORTS_ACT, FOREIGNERS_ACT)),
                Arguments.of("overstay, trafficking element present", Inputs.age(30).none(FactGroup.ACT).yes(MEANS_FORCE)
                        .no(BORDER_CROSSED).yes(STAY_IRREGULAR),
                        List.of(PTPA_S3, PALERMO_PROTOCOL_ART3, EMIGRATION_ORDINANCE_S17, PASSPORTS_ACT, FOREIGNERS_ACT)),
                Arguments.of("child, nothing else known", Inputs.age(5), List.of(PTPA_S7, PALERMO_PROTOCOL_ART3)),
                Arguments.of("not established", Inputs.age(30).restNo(), List.of()),
                Arguments.of("nothing known", Inputs.age(null), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theLegalBasisListsTheProvisionsOfTheRulesThatHeld(String situation, Inputs inputs, List<LegalSource> expected) {
        assertThat(inputs.evaluate().legalBasis()).containsExactlyElementsOf(expected);
    }

    @Test
    void theCurrentRuleSetIsPakistan2018SecondRelease() {
        RuleSet current = RuleSets.current();

        assertThat(current.version()).isEqualTo("PK-2018.2");
        assertThat(Inputs.age(30).evaluate().rulesetVersion()).isEqualTo("PK-2018.2");
    }

    @Test
    void everyReleasedVersionIsFoundByItsIdAndAnswersInItsOwnName() {
        assertThat(RuleSets.byVersion("PK-2018.2")).containsSame(RuleSets.current());
        assertThat(RuleSets.all()).extracting(RuleSet::version).containsExactly("PK-2018.1", "PK-2018.2");
        assertThat(RuleSets.all()).allSatisfy(ruleSet ->
                assertThat(ruleSet.evaluate(Inputs.age(30).input()).rulesetVersion()).isEqualTo(ruleSet.version()));
    }

    @Test
    void anUnknownVersionIsNotFound() {
        assertThat(RuleSets.byVersion("PK-2031.1")).isEmpty();
        assertThat(RuleSets.byVersion(null)).isEmpty();
    }

    @Test
    void everyRuleHasAUniqueIdAndNamesItsLegalSource() {
        for (RuleSet ruleSet : RuleSets.all()) {
            List<Rule> rules = ruleSet.rules();

            assertThat(rules).as(ruleSet.version()).extracting(Rule::id).doesNotHaveDuplicates();
            assertThat(rules).as(ruleSet.version()).allSatisfy(rule -> assertThat(rule.sources()).isNotEmpty());
        }
    }

    @Test
    void everyLegalSourceIsCitedByARule() {
        Set<LegalSource> cited = RuleSets.current().rules().stream()
                .flatMap(rule -> rule.sources().stream()).collect(Collectors.toSet());

        assertThat(cited).isEqualTo(EnumSet.allOf(LegalSource.class));
    }

    @Test
    void citationsAreTheShortFormsOfTheContract() {
        assertThat(PTPA_S3.citation()).isEqualTo("PTPA 2018 s.3");
        assertThat(SMUGGLING_PROTOCOL_ART6_3.citation()).isEqualTo("Smuggling Protocol art. 6(3)");
        assertThat(PALERMO_PROTOCOL_ART3.citation()).isEqualTo("Palermo Trafficking Protocol art. 3");
        assertThat(EMIGRATION_ORDINANCE_S17.citation()).isEqualTo("Emigration Ordinance 1979 s.17");
    }

    /**
     * The rule set in force finds the child element for exactly the ages the rest of Rabta counts as a child's (case
     * lists, age bands, consent on a child's behalf, services for children): its own adult age is versioned with it,
     * and a new rule set that moved the line would have to move {@link Childhood} with it, or fail here.
     */
    @Test
    void theRuleSetInForceDrawsTheChildLineWhereTheRestOfRabtaDoes() {
        for (int age = 0; age <= 30; age++) {
            assertThat(Inputs.age(age).evaluate().elements().child()).as("age %d", age)
                    .isEqualTo(Answer.of(Childhood.isChild(age)));
        }
    }
}
