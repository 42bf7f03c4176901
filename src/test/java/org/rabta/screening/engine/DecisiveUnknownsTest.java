package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_BENEFIT;
import static org.rabta.screening.engine.Fact.MEANS_FORCE;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.STAY_IRREGULAR;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decisive unknowns: the unknown facts whose answer, either way, would change the outcome. */
class DecisiveUnknownsTest {

    private static final String AGE_DECISIVE = "screening.explain.ageDecisive";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("act and purpose known: any one means decides",
                        Inputs.age(30).yes(ACT_RECRUITED, PURPOSE_FORCED_LABOUR), Fact.inGroup(FactGroup.MEANS)),
                Arguments.of("force known, one act and one purpose open: a NO to either rules trafficking out",
                        Inputs.age(30).yes(MEANS_FORCE).restNo().set(Answer.UNKNOWN, ACT_RECRUITED, PURPOSE_FORCED_LABOUR),
                        List.of(ACT_RECRUITED, PURPOSE_FORCED_LABOUR)),
                Arguments.of("only the benefit is open", Inputs.age(30).smuggled()
                        .restNo().set(Answer.UNKNOWN, FACILITATOR_BENEFIT), List.of(FACILITATOR_BENEFIT)),
                Arguments.of("only an overstay is open", Inputs.age(30).restNo().set(Answer.UNKNOWN, STAY_IRREGULAR),
                        List.of(STAY_IRREGULAR)),
                Arguments.of("no trafficking element, movement open: only a NO to the crossing settles it",
                        Inputs.age(30).none(FactGroup.ACT).none(FactGroup.MEANS).none(FactGroup.PURPOSE)
                                .no(STAY_IRREGULAR),
                        List.of(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR)),
                Arguments.of("everything answered", Inputs.age(30).restNo(), List.of()),
                Arguments.of("nothing known: any trafficking element would make it possible trafficking",
                        Inputs.age(null), Stream.of(FactGroup.ACT, FactGroup.MEANS, FactGroup.PURPOSE)
                                .flatMap(group -> Fact.inGroup(group).stream()).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDecisiveUnknownsAreExactlyThoseThatChangeTheOutcome(String situation, Inputs inputs,
            List<Fact> expected) {
        ScreeningResult result = inputs.evaluate();

        assertThat(result.decisiveUnknowns()).containsExactlyElementsOf(expected);
        expected.forEach(fact -> assertThat(
                outcomeWith(inputs, fact, Answer.YES) != result.outcome()
                        || outcomeWith(inputs, fact, Answer.NO) != result.outcome())
                .as("%s changes the outcome", fact).isTrue());
    }

    private static Outcome outcomeWith(Inputs inputs, Fact fact, Answer answer) {
        return inputs.set(answer, fact).evaluate().outcome();
    }

    @Test
    void theDecisiveUnknownsAreExplainedAsOneSentence() {
        ScreeningResult result = Inputs.age(30).smuggled().restNo().set(Answer.UNKNOWN, FACILITATOR_BENEFIT).evaluate();

        assertThat(result.explanation()).contains(
                Explanation.of("screening.explain.decisiveUnknowns", List.of(FACILITATOR_BENEFIT)));
    }

    @Test
    void anUnknownAgeIsPointedOutWhenItWouldChangeTheOutcome() {
        Inputs childWithoutMeans = Inputs.age(null).yes(ACT_RECRUITED, PURPOSE_FORCED_LABOUR).none(FactGroup.MEANS);

        assertThat(childWithoutMeans.evaluate().explanation()).extracting(Explanation::messageCode)
                .contains(AGE_DECISIVE);
        assertThat(Inputs.age(17).yes(ACT_RECRUITED, PURPOSE_FORCED_LABOUR).none(FactGroup.MEANS)
                .evaluate().explanation()).extracting(Explanation::messageCode).doesNotContain(AGE_DECISIVE);
    }

    @Test
    void anUnknownAgeIsNotPointedOutWhenItChangesNothing() {
        assertThat(Inputs.age(null).restNo().evaluate().explanation()).extracting(Explanation::messageCode)
                .doesNotContain(AGE_DECISIVE);
    }
}
