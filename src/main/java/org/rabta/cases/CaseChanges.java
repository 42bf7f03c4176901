package org.rabta.cases;

import java.util.List;
import java.util.Objects;

/** Which fields an edit changed, for the timeline (field names) and the audit trail (old and new values). */
final class CaseChanges {

    /** Every field of a case: an edit that changes any one of them is saved, shown on the timeline and audited. */
    private static final List<CaseField> FIELDS = List.of(CaseField.values());

    private CaseChanges() {
    }

    record Change(String field, Object before, Object after) {
    }

    static List<Change> between(CaseForm before, CaseForm after) {
        return FIELDS.stream()
                .map(field -> new Change(field.property(), normal(field.get(before)), normal(field.get(after))))
                .filter(change -> !Objects.equals(change.before(), change.after()))
                .toList();
    }

    private static Object normal(Object value) {
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).sorted().toList();
        }
        return value;
    }
}
