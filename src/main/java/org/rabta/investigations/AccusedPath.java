package org.rabta.investigations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rabta.shared.BusinessRuleException;

/**
 * The order of an accused person's path through the criminal justice system. Events are recorded in the order they
 * happened (none dated before the latest recorded); a verdict (conviction, acquittal, discharge, compromise) and a
 * hearing need a charge sheet before them; a second verdict needs an appeal after the first; an appeal needs a verdict
 * to appeal against; nothing follows death. A step out of order is refused with the rule it breaks (409); the dates
 * themselves are checked as input (400, {@link EventInput}).
 */
final class AccusedPath {

    private AccusedPath() {
    }

    /** @param recorded the events so far, oldest first */
    static void check(List<AccusedEvent> recorded, AccusedEventType type, LocalDate on) {
        Optional<AccusedEvent> latest = recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.getLast());
        if (latest.filter(event -> event.getType() == AccusedEventType.DIED).isPresent()) {
            throw new BusinessRuleException("investigations.rule.afterDeath");
        }
        if (latest.filter(event -> on.isBefore(event.getOccurredOn())).isPresent()) {
            throw new BusinessRuleException("investigations.rule.beforeLatest", latest.get().getOccurredOn());
        }
        boolean chargeSheet = recorded.stream().anyMatch(event -> event.getType() == AccusedEventType.CHARGE_SHEET);
        if ((type.verdict() || type == AccusedEventType.HEARING) && !chargeSheet) {
            throw new BusinessRuleException(type.verdict() ? "investigations.rule.verdictNeedsChargeSheet"
                    : "investigations.rule.hearingNeedsChargeSheet");
        }
        boolean verdictInForce = verdictInForce(recorded);
        if (type.verdict() && verdictInForce) {
            throw new BusinessRuleException("investigations.rule.secondVerdictNeedsAppeal");
        }
        if (type == AccusedEventType.APPEALED && !verdictInForce) {
            throw new BusinessRuleException("investigations.rule.appealNeedsVerdict");
        }
    }

    /** Whether the latest verdict or appeal recorded is a verdict (not yet appealed). */
    static boolean verdictInForce(List<AccusedEvent> recorded) {
        for (AccusedEvent event : recorded.reversed()) {
            if (event.getType() == AccusedEventType.APPEALED) {
                return false;
            }
            if (event.getType().verdict()) {
                return true;
            }
        }
        return false;
    }
}
