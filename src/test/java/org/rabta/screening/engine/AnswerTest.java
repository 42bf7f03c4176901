package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Answer.NO;
import static org.rabta.screening.engine.Answer.UNKNOWN;
import static org.rabta.screening.engine.Answer.YES;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerTest {

    /** Three-valued (Kleene) logic: NO decides an and, YES decides an or, and UNKNOWN stays where nothing decides. */
    @ParameterizedTest(name = "{0} and {1} = {2}; {0} or {1} = {3}")
    @CsvSource({
            "YES, YES, YES, YES",
            "YES, NO, NO, YES",
            "YES, UNKNOWN, UNKNOWN, YES",
            "NO, YES, NO, YES",
            "NO, NO, NO, NO",
            "NO, UNKNOWN, NO, UNKNOWN",
            "UNKNOWN, YES, UNKNOWN, YES",
            "UNKNOWN, NO, NO, UNKNOWN",
            "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN"})
    void andAndOr(Answer left, Answer right, Answer and, Answer or) {
        assertThat(left.and(right)).isEqualTo(and);
        assertThat(left.or(right)).isEqualTo(or);
    }

    @ParameterizedTest(name = "not {0} = {1}")
    @CsvSource({"YES, NO", "NO, YES", "UNKNOWN, UNKNOWN"})
    void not(Answer answer, Answer expected) {
        assertThat(answer.not()).isEqualTo(expected);
    }

    /** ANY is YES if one is YES and NO only if all are NO; ALL is NO if one is NO and YES only if all are YES. */
    static Stream<Arguments> combinations() {
        return Stream.of(
                Arguments.of(Combination.ANY, List.of(), NO),
                Arguments.of(Combination.ANY, List.of(NO, NO, NO), NO),
                Arguments.of(Combination.ANY, List.of(NO, UNKNOWN, NO), UNKNOWN),
                Arguments.of(Combination.ANY, List.of(UNKNOWN, UNKNOWN), UNKNOWN),
                Arguments.of(Combination.ANY, List.of(NO, UNKNOWN, YES), YES),
                Arguments.of(Combination.ANY, List.of(YES), YES),
                Arguments.of(Combination.ALL, List.of(), YES),
                Arguments.of(Combination.ALL, List.of(YES, YES), YES),
                Arguments.of(Combination.ALL, List.of(YES, UNKNOWN), UNKNOWN),
                Arguments.of(Combination.ALL, List.of(YES, UNKNOWN, NO), NO),
                Arguments.of(Combination.ALL, List.of(NO), NO));
    }

    /** A list and the same answers passed one by one combine alike. */
    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("combinations")
    void anyAndAllCombineAListAndTheSameAnswersOneByOne(Combination combination, List<Answer> answers, Answer expected) {
        assertThat(combination.ofList.apply(answers)).isEqualTo(expected);
        assertThat(combination.ofArguments.apply(answers.toArray(Answer[]::new))).isEqualTo(expected);
    }

    private enum Combination {
        ANY(Answer::any, Answer::any),
        ALL(Answer::all, Answer::all);

        private final Function<List<Answer>, Answer> ofList;
        private final Function<Answer[], Answer> ofArguments;

        Combination(Function<List<Answer>, Answer> ofList, Function<Answer[], Answer> ofArguments) {
            this.ofList = ofList;
            this.ofArguments = ofArguments;
        }
    }

    @ParameterizedTest
    @CsvSource({"YES, YES", "NO, NO", "UNKNOWN, UNKNOWN"})
    void parsesExactCodes(String code, Answer expected) {
        assertThat(Answer.fromCode(code)).contains(expected);
    }

    @Test
    void rejectsAnythingElse() {
        assertThat(Answer.fromCode("MAYBE")).isEmpty();
        assertThat(Answer.fromCode("yes")).isEmpty();
        assertThat(Answer.fromCode(null)).isEmpty();
    }

    @Test
    void convertsBooleans() {
        assertThat(Answer.of(true)).isEqualTo(YES);
        assertThat(Answer.of(false)).isEqualTo(NO);
    }
}
