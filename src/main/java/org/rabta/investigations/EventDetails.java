package org.rabta.investigations;

import java.time.LocalDate;
import java.util.List;

/** An event to record, after validation of each field (the order of events is {@link AccusedPath}'s). */
record EventDetails(AccusedEventType type, LocalDate on, List<Sentence> offences, Integer imprisonmentMonths,
                    Long fineRupees, String court, String courtCaseNumber, LocalDate nextHearingOn) {

    EventDetails {
        offences = List.copyOf(offences);
    }
}
