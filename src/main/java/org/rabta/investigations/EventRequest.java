package org.rabta.investigations;

import java.time.LocalDate;
import java.util.List;

/**
 * A step on an accused person's path as the API and the form give it. {@code offences}: of a charge sheet (by default
 * the investigation's); {@code sentences}: of a conviction, one per offence.
 */
public record EventRequest(AccusedEventType type, LocalDate on, List<Offence> offences, List<SentenceRequest> sentences,
                    Integer imprisonmentMonths, Long fineRupees, String court, String courtCaseNumber,
                    LocalDate nextHearingOn) {

    public EventRequest {
        offences = offences == null ? List.of() : offences;
        sentences = sentences == null ? List.of() : sentences;
    }

    public record SentenceRequest(Offence offence, Integer imprisonmentMonths, Long fineRupees) {
    }
}
