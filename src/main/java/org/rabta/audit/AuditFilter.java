package org.rabta.audit;

import static org.rabta.shared.Text.blankToNull;

import java.util.Locale;

/**
 * What the audit trail page filters on; every part is optional and matched exactly, so each one
 * is served by an index (see V3 and V11). {@code before} is the id of the last event of the
 * previous page: the trail is paged by keyset, never by offset or count, because it grows by
 * millions of rows.
 */
public record AuditFilter(String action, String actor, String targetType, String targetId, Long before) {

    public AuditFilter {
        action = upperOrNull(action);
        actor = blankToNull(actor);
        targetType = upperOrNull(targetType);
        targetId = blankToNull(targetId);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    private static String upperOrNull(String value) {
        String trimmed = blankToNull(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
