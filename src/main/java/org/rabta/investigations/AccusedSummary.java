package org.rabta.investigations;

import java.util.List;

/** An accused person with their events, oldest first, and the other investigations of the reader's agency they may be the same person in. */
public record AccusedSummary(Accused accused, List<AccusedEvent> events, List<AlsoAccused> alsoAccusedIn) {

    /** Another accused of another investigation, found by CNIC or by name (see {@code cases.NameMatching}). */
    public record AlsoAccused(long accusedId, long investigationId, String firNumber, boolean cnicMatch) {
    }
}
