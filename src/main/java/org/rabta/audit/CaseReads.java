package org.rabta.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cases a streamed read returns, written to {@code audit_case_read} {@link #BATCH} at a time as they are handed
 * out, so that an export of any size holds at most one batch of case numbers in memory. Each batch is written in
 * the transaction current on the thread when it fills (the export's own), and the rest by {@link #finish()}.
 */
public final class CaseReads {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final long eventId;
    private final List<String> pending = new ArrayList<>(BATCH);
    private long count;

    CaseReads(JdbcClient jdbc, long eventId) {
        this.jdbc = jdbc;
        this.eventId = eventId;
    }

    /** One more case handed out by the read. */
    public void add(String caseNumber) {
        pending.add(caseNumber);
        count++;
        if (pending.size() == BATCH) {
            flush();
        }
    }

    /** Writes the cases not yet written; call it before the transaction commits. */
    public void finish() {
        if (!pending.isEmpty()) {
            flush();
        }
    }

    /** How many cases the read has handed out so far. */
    public long count() {
        return count;
    }

    private void flush() {
        insert(jdbc, eventId, pending);
        pending.clear();
    }

    /** One statement for any number of rows: the case numbers travel as one array parameter. */
    private static void insert(JdbcClient jdbc, long eventId, List<String> caseNumbers) {
        jdbc.sql("insert into audit_case_read (event_id, case_number) select ?, unnest(cast(? as varchar[]))")
                .params(eventId, caseNumbers.toArray(String[]::new)).update();
    }
}
