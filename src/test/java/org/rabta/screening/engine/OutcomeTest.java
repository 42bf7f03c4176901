package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.ACT_TRANSPORTED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_BENEFIT;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.MEANS_DEBT_BONDAGE;
import static org.rabta.screening.engine.Fact.MEANS_FRAUD_OR_DECEPTION;
import static org.rabta.screening.engine.Fact.PURPOSE_DOMESTIC_SERVITUDE;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_BEGGING;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.SOM_INHUMAN_TREATMENT;
import static org.rabta.screening.engine.Fact.SOM_LIFE_ENDANGERED;
import static org.rabta.screening.engine.Fact.STAY_IRREGULAR;
import static org.rabta.screening.engine.Outcome.INSUFFICIENT_INFORMATION;
import static org.rabta.screening.engine.Outcome.IRREGULAR_MIGRATION;
import static org.rabta.screening.engine.Outcome.NOT_ESTABLISHED;
import static org.rabta.screening.engine.Outcome.POSSIBLE_TRAFFICKING;
import static org.rabta.screening.engine.Outcome.SMUGGLED_AND_TRAFFICKED;
import static org.rabta.screening.engine.Outcome.SMUGGLING;
import static org.rabta.screening.engine.Outcome.TRAFFICKING;
import static org.rabta.screening.engine.Outcome.VULNERABLE_SMUGGLED_MIGRANT;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every outcome, and the order in which they are tried. */
class OutcomeTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("smuggled to Greece, then held in debt bondage on a farm", Inputs.age(28).smuggled()
                        .yes(ACT_TRANSPORTED, MEANS_DEBT_BONDAGE, PURPOSE_FORCED_LABOUR), SMUGGLED_AND_TRAFFICKED),
                Arguments.of("recruited by deception for domestic servitude in Lahore", Inputs.age(25)
                        .yes(ACT_RECRUITED, MEANS_FRAUD_OR_DECEPTION, PURPOSE_DOMESTIC_SERVITUDE)
                        .no(BORDER_CROSSED), TRAFFICKING),
                Arguments.of("child moved to beg, no coercion", Inputs.age(12)
                        .yes(ACT_TRANSPORTED, PURPOSE_FORCED_BEGGING).none(FactGroup.MEANS), TRAFFICKING),
                Arguments.of("trafficked, smuggling still open", Inputs.age(25)
                        .yes(ACT_RECRUITED, MEANS_FRAUD_OR_DECEPTION, PURPOSE_FORCED_LABOUR, BORDER_CROSSED), TRAFFICKING),
                Arguments.of("smuggled child", Inputs.age(16).smuggled(), VULNERABLE_SMUGGLED_MIGRANT),
                Arguments.of("smuggled, pregnant", Inputs.age(30).smuggled().yes(Fact.VULN_PREGNANT),
                        VULNERABLE_SMUGGLED_MIGRANT),
                Arguments.of("smuggled in a sealed container", Inputs.age(30).smuggled().yes(SOM_LIFE_ENDANGERED),
                        VULNERABLE_SMUGGLED_MIGRANT),
                Arguments.of("smuggled, beaten on the way", Inputs.age(30).smuggled().yes(SOM_INHUMAN_TREATMENT),
                        VULNERABLE_SMUGGLED_MIGRANT),
                Arguments.of("smuggled adult, nothing else known", Inputs.age(30).smuggled(), SMUGGLING),
                Arguments.of("smuggled, age unknown", Inputs.age(null).smuggled(), SMUGGLING),
                Arguments.of("smuggled adult, recruited, trafficking open", Inputs.age(30).smuggled().yes(ACT_RECRUITED),
                        SMUGGLING),
                Arguments.of("recruited, rest unknown", Inputs.age(30).yes(ACT_RECRUITED), POSSIBLE_TRAFFICKING),
                Arguments.of("deceived only", Inputs.age(null).yes(MEANS_FRAUD_OR_DECEPTION), POSSIBLE_TRAFFICKING),
                Arguments.of("forced labour only", Inputs.age(40).yes(PURPOSE_FORCED_LABOUR), POSSIBLE_TRAFFICKING),
                Arguments.of("possible trafficking beats irregular migration", Inputs.age(30).yes(ACT_RECRUITED)
                        .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).no(FACILITATOR_INVOLVED), POSSIBLE_TRAFFICKING),
                Arguments.of("crossed irregularly alone", Inputs.age(30).yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR)
                        .no(FACILITATOR_INVOLVED), IRREGULAR_MIGRATION),
                Arguments.of("overstayed", Inputs.age(30).no(BORDER_CROSSED).yes(STAY_IRREGULAR), IRREGULAR_MIGRATION),
                Arguments.of("not trafficked, crossed irregularly", Inputs.age(30).none(FactGroup.ACT)
                        .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).no(FACILITATOR_BENEFIT), IRREGULAR_MIGRATION),
                Arguments.of("everything answered no", Inputs.age(30).restNo(), NOT_ESTABLISHED),
                Arguments.of("no act, no border, no overstay", Inputs.age(30).none(FactGroup.ACT)
                        .no(BORDER_CROSSED, STAY_IRREGULAR), NOT_ESTABLISHED),
                Arguments.of("nothing known", Inputs.age(null), INSUFFICIENT_INFORMATION),
                Arguments.of("no act, movement unknown", Inputs.age(30).none(FactGroup.ACT), INSUFFICIENT_INFORMATION),
                Arguments.of("crossed irregularly, facilitation unknown", Inputs.age(30).none(FactGroup.ACT)
                        .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR), INSUFFICIENT_INFORMATION));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("cases")
    void theFirstOutcomeThatHoldsIsChosen(String situation, Inputs inputs, Outcome expected) {
        assertThat(inputs.evaluate().outcome()).isEqualTo(expected);
    }

    @Test
    void everyOutcomeIsReachable() {
        Set<Outcome> reached = cases().map(arguments -> (Outcome) arguments.get()[2]).collect(Collectors.toSet());
        assertThat(reached).isEqualTo(EnumSet.allOf(Outcome.class));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fact.class, names = "VULN_.*", mode = EnumSource.Mode.MATCH_ANY)
    void anyVulnerabilityMakesASmuggledAdultVulnerable(Fact vulnerability) {
        assertThat(Inputs.age(30).smuggled().yes(vulnerability).evaluate().outcome())
                .isEqualTo(VULNERABLE_SMUGGLED_MIGRANT);
    }

    @Test
    void exactly18IsNotAVulnerableChild() {
        assertThat(Inputs.age(18).smuggled().evaluate().outcome()).isEqualTo(SMUGGLING);
        assertThat(Inputs.age(17).smuggled().evaluate().outcome()).isEqualTo(VULNERABLE_SMUGGLED_MIGRANT);
    }
}
