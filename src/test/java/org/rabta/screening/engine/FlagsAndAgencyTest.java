package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.ACT_TRANSPORTED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.MEANS_ABDUCTION;
import static org.rabta.screening.engine.Fact.MEANS_DOCUMENTS_WITHHELD;
import static org.rabta.screening.engine.Fact.MEANS_FORCE;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.SOM_INHUMAN_TREATMENT;
import static org.rabta.screening.engine.Fact.SOM_LIFE_ENDANGERED;
import static org.rabta.screening.engine.Fact.VULN_DISABILITY;
import static org.rabta.screening.engine.Fact.VULN_PREGNANT;
import static org.rabta.screening.engine.Fact.VULN_SERIOUS_ILLNESS_OR_INJURY;
import static org.rabta.screening.engine.Flag.AGGRAVATED_SMUGGLING;
import static org.rabta.screening.engine.Flag.AGGRAVATED_TRAFFICKING;
import static org.rabta.screening.engine.Flag.CHILD;
import static org.rabta.screening.engine.Flag.NON_PUNISHMENT;
import static org.rabta.screening.engine.Flag.TRAFFICKING_INDICATORS_PRESENT;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlagsAndAgencyTest {

    /** Adult trafficked for forced labour by force, inside Pakistan. */
    private static Inputs trafficked(Integer age) {
        return Inputs.age(age).yes(ACT_TRANSPORTED, MEANS_FORCE, PURPOSE_FORCED_LABOUR).no(BORDER_CROSSED);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("adult trafficked", trafficked(30), List.of(NON_PUNISHMENT)),
                Arguments.of("child trafficked", trafficked(17), List.of(CHILD, NON_PUNISHMENT)),
                Arguments.of("18 is not a child", trafficked(18), List.of(NON_PUNISHMENT)),
                Arguments.of("age unknown", trafficked(null), List.of(NON_PUNISHMENT)),
                Arguments.of("child, nothing else known", Inputs.age(9), List.of(CHILD)),
                Arguments.of("trafficked, seriously injured", trafficked(30).yes(VULN_SERIOUS_ILLNESS_OR_INJURY),
                        List.of(AGGRAVATED_TRAFFICKING, NON_PUNISHMENT)),
                Arguments.of("trafficked, disabled", trafficked(30).yes(VULN_DISABILITY),
                        List.of(AGGRAVATED_TRAFFICKING, NON_PUNISHMENT)),
                Arguments.of("documents withheld aggravate (PTPA s.4)", trafficked(30).yes(MEANS_DOCUMENTS_WITHHELD),
                        List.of(AGGRAVATED_TRAFFICKING, NON_PUNISHMENT)),
                Arguments.of("abduction is a means, not an aggravation", trafficked(30).yes(MEANS_ABDUCTION),
                        List.of(NON_PUNISHMENT)),
                Arguments.of("pregnancy is not a s.4 aggravation", trafficked(30).yes(VULN_PREGNANT),
                        List.of(NON_PUNISHMENT)),
                Arguments.of("injured, trafficking only possible", Inputs.age(30).yes(ACT_RECRUITED,
                        VULN_SERIOUS_ILLNESS_OR_INJURY), List.of()),
                Arguments.of("smuggled adult", Inputs.age(30).smuggled(), List.of(NON_PUNISHMENT)),
                Arguments.of("smuggled, life endangered", Inputs.age(30).smuggled().yes(SOM_LIFE_ENDANGERED),
                        List.of(AGGRAVATED_SMUGGLING, NON_PUNISHMENT)),
                Arguments.of("smuggled, inhuman treatment", Inputs.age(30).smuggled().yes(SOM_INHUMAN_TREATMENT),
                        List.of(AGGRAVATED_SMUGGLING, NON_PUNISHMENT)),
                Arguments.of("endangered but smuggling not established", Inputs.age(30)
                        .yes(BORDER_CROSSED, SOM_LIFE_ENDANGERED), List.of()),
                Arguments.of("smuggled and trafficked child, injured and endangered", trafficked(16).smuggled()
                        .yes(VULN_SERIOUS_ILLNESS_OR_INJURY, SOM_LIFE_ENDANGERED),
                        List.of(CHILD, AGGRAVATED_TRAFFICKING, AGGRAVATED_SMUGGLING, NON_PUNISHMENT)),
                Arguments.of("smuggled, recruited: an act alone is no indicator", Inputs.age(30).smuggled().yes(ACT_RECRUITED),
                        List.of(NON_PUNISHMENT)),
                Arguments.of("smuggled, force used: indicators", Inputs.age(30).smuggled().yes(ACT_RECRUITED, MEANS_FORCE),
                        List.of(NON_PUNISHMENT, TRAFFICKING_INDICATORS_PRESENT)),
                Arguments.of("vulnerable smuggled, forced labour: indicators", Inputs.age(30).smuggled()
                        .yes(VULN_PREGNANT, PURPOSE_FORCED_LABOUR), List.of(NON_PUNISHMENT, TRAFFICKING_INDICATORS_PRESENT)),
                Arguments.of("irregular migrant, force used but no act", Inputs.age(30).none(FactGroup.ACT)
                        .yes(MEANS_FORCE, BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).no(FACILITATOR_INVOLVED),
                        List.of(TRAFFICKING_INDICATORS_PRESENT)),
                Arguments.of("irregular migrant, no trafficking element", Inputs.age(30)
                        .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).no(FACILITATOR_INVOLVED), List.of()),
                Arguments.of("possible trafficking is not an indicator flag", Inputs.age(30).yes(ACT_RECRUITED)
                        .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).no(FACILITATOR_INVOLVED), List.of()));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("cases")
    void flagsAreRaisedExactlyWhenTheirRuleHolds(String situation, Inputs inputs, List<Flag> expected) {
        assertThat(inputs.evaluate().flags()).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> agencies() {
        return Stream.of(
                Arguments.of("crossed a border", Answer.YES, CompetentAgency.FIA),
                Arguments.of("stayed inside Pakistan", Answer.NO, CompetentAgency.POLICE),
                Arguments.of("border not yet known", Answer.UNKNOWN, CompetentAgency.POLICE));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("agencies")
    void fiaIsCompetentOnlyWhenABorderWasCrossed(String situation, Answer border, CompetentAgency expected) {
        ScreeningResult result = trafficked(30).set(border, BORDER_CROSSED).evaluate();

        assertThat(result.competentAgency()).isEqualTo(expected);
        assertThat(result.explanation()).extracting(Explanation::messageCode)
                .contains("screening.explain.agency." + expected.name());
    }
}
