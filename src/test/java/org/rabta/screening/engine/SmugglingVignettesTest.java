package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.ACT_TRANSPORTED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.MEANS_DEBT_BONDAGE;
import static org.rabta.screening.engine.Fact.MEANS_DOCUMENTS_WITHHELD;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.PURPOSE_SEXUAL_EXPLOITATION;
import static org.rabta.screening.engine.Fact.VULN_PREGNANT;
import static org.rabta.screening.engine.Flag.TRAFFICKING_INDICATORS_PRESENT;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ordinary smuggling and irregular-migration cases, as caseworkers meet them, and whether PK-2018.2 raises
 * "trafficking indicators present": only for a means or a purpose of trafficking, or an ILO/EC indicator recorded,
 * never for the act alone (transport is what smuggling is). PK-2018.1, which flagged the act too, still answers
 * for the screenings recorded under it.
 */
class SmugglingVignettesTest {

    /** Paid an agent to be taken across the border irregularly, into a country not their own: moved, nothing more. */
    private static Inputs smuggledAdult() {
        return Inputs.age(26).smuggled().yes(ACT_TRANSPORTED);
    }

    /** Crossed without papers on their own, no facilitator; neither forced nor exploited, unless a vignette says so. */
    private static Inputs irregularMigrant() {
        return Inputs.age(31).none(FactGroup.MEANS).none(FactGroup.PURPOSE)
                .yes(ACT_TRANSPORTED, BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).no(FACILITATOR_INVOLVED);
    }

    static Stream<Arguments> vignettes() {
        return Stream.of(
                Arguments.of("plain smuggling: transported across the border for a fee", smuggledAdult().input(), false),
                Arguments.of("plain smuggling, also recruited by the agent", smuggledAdult().yes(ACT_RECRUITED).input(),
                        false),
                Arguments.of("plain smuggling of a pregnant woman", smuggledAdult().yes(VULN_PREGNANT).input(), false),
                Arguments.of("smuggling, passport taken by the agent (a means)",
                        smuggledAdult().yes(MEANS_DOCUMENTS_WITHHELD).input(), true),
                Arguments.of("smuggling, fee to be worked off (a means)", smuggledAdult().yes(MEANS_DEBT_BONDAGE).input(),
                        true),
                Arguments.of("smuggling, taken to work in a brick kiln (a purpose)",
                        smuggledAdult().yes(PURPOSE_FORCED_LABOUR).input(), true),
                Arguments.of("smuggling, taken for prostitution (a purpose)",
                        smuggledAdult().yes(PURPOSE_SEXUAL_EXPLOITATION).input(), true),
                Arguments.of("smuggling, one ILO/EC indicator recorded", smuggledAdult().input().withIndicatorsPresent(1),
                        true),
                Arguments.of("irregular crossing alone", irregularMigrant().input(), false),
                Arguments.of("irregular crossing, debt bondage", irregularMigrant().yes(MEANS_DEBT_BONDAGE).input(), true),
                Arguments.of("irregular crossing, two ILO/EC indicators recorded",
                        irregularMigrant().input().withIndicatorsPresent(2), true));
    }

    @ParameterizedTest(name = "{0}: flag {2}")
    @MethodSource("vignettes")
    void theFlagNeedsAMeansAPurposeOrAnIndicatorNeverTheActAlone(String vignette, ScreeningInput input, boolean flagged) {
        ScreeningResult result = RuleSets.current().evaluate(input);

        assertThat(result.rulesetVersion()).isEqualTo("PK-2018.2");
        assertThat(result.outcome()).isIn(Outcome.SMUGGLING, Outcome.VULNERABLE_SMUGGLED_MIGRANT, Outcome.IRREGULAR_MIGRATION);
        assertThat(result.flags().contains(TRAFFICKING_INDICATORS_PRESENT)).as(vignette).isEqualTo(flagged);
        assertThat(result.explanation()).extracting(Explanation::messageCode)
                .filteredOn(code -> code.startsWith("screening.explain.flag.TRAFFICKING_INDICATORS_PRESENT"))
                .as("the flag is explained exactly when it is raised")
                .hasSize(flagged ? 1 : 0);
    }

    @Test
    void aStoredScreeningOfTheFirstReleaseKeepsItsFlag() {
        RuleSet first = RuleSets.byVersion(Pk2018RuleSet.VERSION).orElseThrow();

        ScreeningResult result = first.evaluate(smuggledAdult().input());

        assertThat(result.rulesetVersion()).isEqualTo("PK-2018.1");
        assertThat(result.flags()).contains(TRAFFICKING_INDICATORS_PRESENT);
    }

    @Test
    void theFirstReleaseDoesNotCountIndicators() {
        RuleSet first = RuleSets.byVersion(Pk2018RuleSet.VERSION).orElseThrow();

        ScreeningResult result = first.evaluate(Inputs.age(26).smuggled().input().withIndicatorsPresent(3));

        assertThat(result.flags()).doesNotContain(TRAFFICKING_INDICATORS_PRESENT);
    }

    @Test
    void theSecondReleaseHasTheSameRules() {
        RuleSet first = RuleSets.byVersion(Pk2018RuleSet.VERSION).orElseThrow();

        assertThat(RuleSets.current().rules()).isEqualTo(first.rules());
    }

    @Test
    void theSecondReleaseChangesNothingButTheFlag() {
        RuleSet first = RuleSets.byVersion(Pk2018RuleSet.VERSION).orElseThrow();
        ScreeningInput input = smuggledAdult().yes(VULN_PREGNANT).input();

        ScreeningResult before = first.evaluate(input);
        ScreeningResult after = RuleSets.current().evaluate(input);

        assertThat(after.outcome()).isEqualTo(before.outcome());
        assertThat(after.elements()).isEqualTo(before.elements());
        assertThat(after.competentAgency()).isEqualTo(before.competentAgency());
        assertThat(after.decisiveUnknowns()).isEqualTo(before.decisiveUnknowns());
        assertThat(after.flags()).containsExactlyElementsOf(before.flags().stream()
                .filter(flag -> flag != TRAFFICKING_INDICATORS_PRESENT).toList());
    }
}
