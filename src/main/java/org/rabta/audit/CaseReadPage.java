package org.rabta.audit;

import java.util.List;

/** One page of a case's reads, newest first; {@code nextBefore} is the cursor of the next (older) page, or null. */
public record CaseReadPage(List<CaseRead> reads, Long nextBefore) {

    public boolean hasOlder() {
        return nextBefore != null;
    }
}
