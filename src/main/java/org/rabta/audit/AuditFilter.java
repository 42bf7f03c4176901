package org.rabta.audit;

import static org.rabta.shared.Text.blankToNull;
import static org.rabta.shared.Text.codeOrNull;

/**
 * What the audit trail page filters on; every part is optional and matched exactly, so each one
 * is served by an index (see V3 and V11). {@code before} is the id of the last event of the
 * previous page: the trail is paged by keyset, never by offset or count, because it grows by
 * millions of rows.
 */
public record AuditFilter(String action, String actor, String targetType, String targetId, Long before) {

    public AuditFilter {
        action = codeOrNull(action);
        actor = blankToNull(actor);
        targetType = codeOrNull(targetType);
        targetId = blankToNull(targetId);
    }
}
