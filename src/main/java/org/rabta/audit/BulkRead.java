package org.rabta.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A read of many cases at once (a list page, a search, an export, a duplicate check, a queue) as the audit trail
 * records it: one event with what was asked, plus one row per case returned ({@link AuditTrail#recordRead},
 * {@link AuditTrail#startRead}).
 *
 * @param action     what kind of read, e.g. CASES_SEARCHED; its verb ends in one of {@link CaseReadHistory#READ_VERBS}
 * @param caseNumber the case the read is about, when there is one (the duplicates of a case); else null
 * @param details    what an administrator may see about the request (the screen or format): no personal data
 * @param terms      what was asked, the filter and query parameters; may hold names and CNICs, so only the
 *                   supervisors of the asking agency ever see them
 * @param actor      null for the signed-in user; given where there is none on the thread (a streamed export)
 */
public record BulkRead(AuditAction action, String caseNumber, String details, String terms, String actor) {

    /** The target type of every bulk read's event. */
    public static final String TARGET_TYPE = "CASE_LIST";

    public static BulkRead of(AuditAction action, String details, String terms) {
        return new BulkRead(action, null, details, terms, null);
    }

    /**
     * The terms of a filter bound from query parameters: each of its record's components that is set, by its name (the
     * parameter's), in their order, e.g. {@code q=35202-1234567-1, status=ACTIVE, page=2, size=100}. Derived from
     * the record so that a new filter is recorded without anyone listing it here.
     */
    public static String termsOf(Record filter) {
        List<String> set = new ArrayList<>();
        for (RecordComponent component : filter.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(filter);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + filter.getClass(), e);
            }
            if (value != null) {
                set.add(component.getName() + "=" + value);
            }
        }
        return String.join(", ", set);
    }

    public BulkRead aboutCase(String number) {
        return new BulkRead(action, number, details, terms, actor);
    }

    public BulkRead byActor(String actorName) {
        return new BulkRead(action, caseNumber, details, terms, actorName);
    }
}
