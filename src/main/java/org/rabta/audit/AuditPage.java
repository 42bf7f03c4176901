package org.rabta.audit;

import java.util.List;

/**
 * One page of the audit trail, newest first. {@code nextBefore} is the cursor of the next (older)
 * page, or null when this is the last one.
 */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {

    public boolean hasOlder() {
        return nextBefore != null;
    }
}
