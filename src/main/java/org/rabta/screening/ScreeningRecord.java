package org.rabta.screening;

/**
 * One screening with everything its page shows, loaded once: the stored screening (facts included), the advice
 * re-read under the screening's own rule set version, and what the user may do with it.
 *
 * @param mayEdit   the user's agency owns the case and the screening is still a draft or was returned
 * @param mayReview the user supervises the owning agency and the screening awaits review
 */
public record ScreeningRecord(Screening screening, ScreeningAdvice advice, boolean mayEdit, boolean mayReview) {
}
