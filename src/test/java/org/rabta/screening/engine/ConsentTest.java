package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.MEANS_FRAUD_OR_DECEPTION;
import static org.rabta.screening.engine.Fact.MOVEMENT_CONSENTED;
import static org.rabta.screening.engine.Fact.PURPOSE_SEXUAL_EXPLOITATION;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** MOVEMENT_CONSENTED never negates trafficking (PTPA s.3, s.7; Palermo Protocol art. 3(b), (c)). */
class ConsentTest {

    static Stream<Arguments> trafficked() {
        return Stream.of(
                Arguments.of("adult, deceived", Inputs.age(22)
                        .yes(ACT_RECRUITED, MEANS_FRAUD_OR_DECEPTION, PURPOSE_SEXUAL_EXPLOITATION)),
                Arguments.of("child, no means", Inputs.age(15).yes(ACT_RECRUITED, PURPOSE_SEXUAL_EXPLOITATION)
                        .none(FactGroup.MEANS)),
                Arguments.of("smuggled, then exploited", Inputs.age(30).smuggled()
                        .yes(ACT_RECRUITED, MEANS_FRAUD_OR_DECEPTION, PURPOSE_SEXUAL_EXPLOITATION)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trafficked")
    void consentingToTheMovementStillLeavesAVictimOfTrafficking(String situation, Inputs inputs) {
        ScreeningResult consented = inputs.yes(MOVEMENT_CONSENTED).evaluate();

        assertThat(consented.elements().trafficking()).isEqualTo(Answer.YES);
        assertThat(consented.outcome()).isEqualTo(inputs.evaluate().outcome());
        assertThat(consented.explanation()).extracting(Explanation::messageCode)
                .contains("screening.explain.consentIrrelevant");
    }

    @ParameterizedTest(name = "consent {0}")
    @EnumSource(Answer.class)
    void consentChangesNoElementAndNoOutcomeForAnyRecordedFacts(Answer consent) {
        Random random = new Random(2018);
        IntStream.range(0, 2_000).mapToObj(i -> randomInput(random)).forEach(input -> {
            ScreeningResult withConsent = RuleSets.current().evaluate(input.withFact(MOVEMENT_CONSENTED, consent));
            ScreeningResult without = RuleSets.current().evaluate(input.withFact(MOVEMENT_CONSENTED, Answer.UNKNOWN));

            assertThat(withConsent.elements()).as("%s", input).isEqualTo(without.elements());
            assertThat(withConsent.outcome()).as("%s", input).isEqualTo(without.outcome());
            assertThat(withConsent.flags()).as("%s", input).isEqualTo(without.flags());
        });
    }

    @Test
    void consentIsNeverADecisiveUnknown() {
        assertThat(Inputs.age(30).yes(ACT_RECRUITED).evaluate().decisiveUnknowns()).doesNotContain(MOVEMENT_CONSENTED);
        assertThat(Inputs.age(null).evaluate().decisiveUnknowns()).doesNotContain(MOVEMENT_CONSENTED);
    }

    @Test
    void consentIsNotMentionedWhenNothingPointsToTrafficking() {
        ScreeningResult result = Inputs.age(30).smuggled().none(FactGroup.ACT).yes(MOVEMENT_CONSENTED).evaluate();

        assertThat(result.explanation()).extracting(Explanation::messageCode)
                .doesNotContain("screening.explain.consentIrrelevant");
    }

    static ScreeningInput randomInput(Random random) {
        Integer[] ages = {null, 5, 17, 18, 40};
        Facts facts = Facts.none();
        for (Fact fact : Fact.values()) {
            facts = facts.with(fact, Answer.values()[random.nextInt(3)]);
        }
        return new ScreeningInput(ages[random.nextInt(ages.length)], facts);
    }
}
