package org.rabta.investigations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rabta.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The order of an accused person's path, rule by rule. */
class AccusedPathTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private final List<AccusedEvent> path = new ArrayList<>();

    private void recorded(AccusedEventType type, int day) {
        path.add(new AccusedEvent(1, new EventDetails(type, DAY.plusDays(day), List.of(), null, null, null, null, null), "t", null));
    }

    private String broken(AccusedEventType type, int day) {
        BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                () -> AccusedPath.check(path, type, DAY.plusDays(day)));
        return e == null ? null : e.messageCode();
    }

    @Test
    void aVerdictOrHearingNeedsAChargeSheetBeforeIt() {
        recorded(AccusedEventType.ARRESTED, 0);
        for (AccusedEventType verdict : AccusedEventType.VERDICTS) {
            assertThat(broken(verdict, 5)).as(verdict.name()).isEqualTo("investigations.rule.verdictNeedsChargeSheet");
        }
        assertThat(broken(AccusedEventType.HEARING, 5)).isEqualTo("investigations.rule.hearingNeedsChargeSheet");
        recorded(AccusedEventType.CHARGE_SHEET, 3);
        assertThatCode(() -> AccusedPath.check(path, AccusedEventType.CONVICTED, DAY.plusDays(5))).doesNotThrowAnyException();
    }

    @Test
    void aSecondVerdictNeedsAnAppealBetween() {
        recorded(AccusedEventType.CHARGE_SHEET, 0);
        recorded(AccusedEventType.ACQUITTED, 10);
        assertThat(broken(AccusedEventType.CONVICTED, 20)).isEqualTo("investigations.rule.secondVerdictNeedsAppeal");
        recorded(AccusedEventType.APPEALED, 15);
        assertThat(broken(AccusedEventType.CONVICTED, 20)).isNull();
        assertThat(broken(AccusedEventType.APPEALED, 20)).isEqualTo("investigations.rule.appealNeedsVerdict");
    }

    @Test
    void anAppealNeedsAVerdict() {
        recorded(AccusedEventType.CHARGE_SHEET, 0);
        assertThat(broken(AccusedEventType.APPEALED, 1)).isEqualTo("investigations.rule.appealNeedsVerdict");
    }

    @Test
    void stepsComeInDateOrderAndNothingAfterDeath() {
        recorded(AccusedEventType.ARRESTED, 10);
        assertThat(broken(AccusedEventType.BAILED, 9)).isEqualTo("investigations.rule.beforeLatest");
        assertThat(broken(AccusedEventType.BAILED, 10)).isNull();
        recorded(AccusedEventType.DIED, 12);
        assertThat(broken(AccusedEventType.BAILED, 13)).isEqualTo("investigations.rule.afterDeath");
    }
}
