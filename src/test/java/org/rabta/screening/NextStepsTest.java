package org.rabta.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.DESTINATION_NATIONAL_OR_RESIDENT;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_BENEFIT;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.MEANS_FRAUD_OR_DECEPTION;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_BEGGING;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.VULN_PREGNANT;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.RuleSets;
import org.rabta.screening.engine.ScreeningInput;

class NextStepsTest {

    private static final Facts SMUGGLED = Facts.yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR, FACILITATOR_INVOLVED, FACILITATOR_BENEFIT)
            .with(DESTINATION_NATIONAL_OR_RESIDENT, Answer.NO);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("adult trafficked inside Pakistan", 30,
                        Facts.yes(ACT_RECRUITED, MEANS_FRAUD_OR_DECEPTION, PURPOSE_FORCED_LABOUR).with(BORDER_CROSSED, Answer.NO),
                        List.of("shelter:SHELTER", "medical:MEDICAL", "psychosocial:PSYCHOSOCIAL", "legalAid:LEGAL_AID",
                                "nonPunishmentVictim!", "investigatePOLICE")),
                Arguments.of("child made to beg, no means needed", 12,
                        Facts.yes(ACT_RECRUITED, PURPOSE_FORCED_BEGGING).with(BORDER_CROSSED, Answer.NO),
                        List.of("childProtection:CHILD_PROTECTION!", "shelter:SHELTER", "medical:MEDICAL",
                                "psychosocial:PSYCHOSOCIAL", "legalAid:LEGAL_AID", "nonPunishmentVictim!", "investigatePOLICE")),
                Arguments.of("smuggled adult", 30, SMUGGLED.with(ACT_RECRUITED, Answer.NO),
                        List.of("nonPunishmentSmuggled!", "investigateFIA")),
                Arguments.of("pregnant smuggled migrant", 30, SMUGGLED.with(VULN_PREGNANT, Answer.YES).with(ACT_RECRUITED, Answer.NO),
                        List.of("medical:MEDICAL", "shelter:SHELTER", "legalAid:LEGAL_AID", "nonPunishmentSmuggled!", "investigateFIA")),
                Arguments.of("smuggled, recruited: the act alone calls for nothing more", 30,
                        SMUGGLED.with(ACT_RECRUITED, Answer.YES), List.of("nonPunishmentSmuggled!", "investigateFIA")),
                Arguments.of("smuggled into forced labour: screen again", 30, SMUGGLED.with(PURPOSE_FORCED_LABOUR, Answer.YES),
                        List.of("rescreenForTrafficking", "nonPunishmentSmuggled!", "investigateFIA")),
                Arguments.of("nothing known yet", null, Facts.none(), List.of("furtherAssessment")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stepsFollowFromTheOutcomeAndFlags(String name, Integer age, Facts facts, List<String> expected) {
        List<String> steps = NextSteps.of(RuleSets.current().evaluate(new ScreeningInput(age, facts))).stream()
                .map(step -> step.code() + (step.service() == null ? "" : ":" + step.service()) + (step.required() ? "!" : ""))
                .toList();
        assertThat(steps).isEqualTo(expected);
    }
}
