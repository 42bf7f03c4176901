package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Answer.NO;
import static org.rabta.screening.engine.Answer.UNKNOWN;
import static org.rabta.screening.engine.Answer.YES;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerTest {

    @ParameterizedTest(name = "{0} and {1} = {2}")
    @CsvSource({
            "YES, YES, YES",
            "YES, NO, NO",
            "YES, UNKNOWN, UNKNOWN",
            "NO, YES, NO",
            "NO, NO, NO",
            "NO, UNKNOWN, NO",
            "UNKNOWN, YES, UNKNOWN",
            "UNKNOWN, NO, NO",
            "UNKNOWN, UNKNOWN, UNKNOWN"})
    void and(Answer left, Answer right, Answer expected) {
        assertThat(left.and(right)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} or {1} = {2}")
    @CsvSource({
            "YES, YES, YES",
            "YES, NO, YES",
            "YES, UNKNOWN, YES",
            "NO, YES, YES",
            "NO, NO, NO",
            "NO, UNKNOWN, UNKNOWN",
            "UNKNOWN, YES, YES",
            "UNKNOWN, NO, UNKNOWN",
            "UNKNOWN, UNKNOWN, UNKNOWN"})
    void or(Answer left, Answer right, Answer expected) {
        assertThat(left.or(right)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "not {0} = {1}")
    @CsvSource({"YES, NO", "NO, YES", "UNKNOWN, UNKNOWN"})
    void not(Answer answer, Answer expected) {
        assertThat(answer.not()).isEqualTo(expected);
    }

    static Stream<Arguments> anyCases() {
        return Stream.of(
                Arguments.of(List.of(), NO),
                Arguments.of(List.of(NO, NO, NO), NO),
                Arguments.of(List.of(NO, UNKNOWN, NO), UNKNOWN),
                Arguments.of(List.of(UNKNOWN, UNKNOWN), UNKNOWN),
                Arguments.of(List.of(NO, UNKNOWN, YES), YES),
                Arguments.of(List.of(YES), YES));
    }

    @ParameterizedTest(name = "any {0} = {1}")
    @MethodSource("anyCases")
    void anyIsYesIfOneIsYesAndNoOnlyIfAllAreNo(List<Answer> answers, Answer expected) {
        assertThat(Answer.any(answers)).isEqualTo(expected);
        assertThat(Answer.any(answers.toArray(Answer[]::new))).isEqualTo(expected);
    }

    static Stream<Arguments> allCases() {
        return Stream.of(
                Arguments.of(List.of(), YES),
                Arguments.of(List.of(YES, YES), YES),
                Arguments.of(List.of(YES, UNKNOWN), UNKNOWN),
                Arguments.of(List.of(YES, UNKNOWN, NO), NO),
                Arguments.of(List.of(NO), NO));
    }

    @ParameterizedTest(name = "all {0} = {1}")
    @MethodSource("allCases")
    void allIsNoIfOneIsNoAndYesOnlyIfAllAreYes(List<Answer> answers, Answer expected) {
        assertThat(Answer.all(answers)).isEqualTo(expected);
        assertThat(Answer.all(answers.toArray(Answer[]::new))).isEqualTo(expected);
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
