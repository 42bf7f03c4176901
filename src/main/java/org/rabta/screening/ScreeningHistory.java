package org.rabta.screening;

import java.util.List;

/**
 * A case's screenings, newest first, for the case page's Screening section.
 *
 * @param mayScreen the user's agency owns the case, so the user may start a screening
 */
public record ScreeningHistory(String caseNumber, List<Screening> screenings, boolean mayScreen) {
}
