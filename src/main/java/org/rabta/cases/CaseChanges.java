package org.rabta.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Which fields an edit changed, for the timeline (field names) and the audit trail (old and new values). */
final class CaseChanges {

    /**
     * Every field the history lists. The external reference is not among them: an edit has never listed it, and
     * an edit that changes nothing else is not saved.
     */
    private static final List<CaseField> FIELDS = Arrays.stream(CaseField.values())
            .filter(field -> field != CaseField.EXTERNAL_REFERENCE).toList();

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
