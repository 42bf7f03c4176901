package org.rabta.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.shared.ConcurrentEditException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. The event joins the caller's transaction, so a change and its audit line
 * commit or roll back together; reads are audited from a read-write transaction for the same reason.
 */
@Service
@RequiredArgsConstructor
public class AuditTrail {

    static final int PAGE_SIZE = 50;

    /** Rows per statement of {@link #recordAll}: 9 parameters each, well below PostgreSQL's 65,535. */
    private static final int BULK_ROWS = 1000;

    /** Reads per page of a case's "who looked" history. */
    static final int READS_PAGE_SIZE = 20;

    private final AuditEventRepository events;
    private final AuditSearch search;
    private final CaseReadHistory readHistory;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * One line, by the same statement as {@link #recordAll}: a plain insert rather than an entity, because nothing reads
     * the line back in the transaction that writes it, and a persisted entity is kept and checked for changes until
     * that transaction ends (in a profile of the case page, persisting its audit line cost as much as loading the case).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        recordAll(List.of(record));
    }

    /** The audit line of an event a feature announces, written synchronously in the announcing transaction. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditedEvent event) {
        record(event.auditRecord());
    }

    /**
     * Many events at once, e.g. one per case of a bulk import: the same lines as {@link #record} would write,
     * in multi-row inserts instead of one entity each.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditRecord> records) {
        Timestamp now = Timestamp.from(clock.instant());
        String remoteAddress = currentRemoteAddress();
        for (int from = 0; from < records.size(); from += BULK_ROWS) {
            List<AuditRecord> part = records.subList(from, Math.min(records.size(), from + BULK_ROWS));
            List<Object> params = new ArrayList<>(part.size() * 9);
            for (AuditRecord record : part) {
                Actor actor = actor(record.actor());
                params.addAll(Arrays.asList(now, actor.name(), actor.agency(), record.action().name(), record.targetType(),
                        record.targetId(), record.caseNumber(), record.details(), remoteAddress));
            }
            jdbc.sql("insert into audit_event (occurred_at, actor, actor_agency, action, target_type, target_id, case_number, "
                            + "details, remote_address) values " + String.join(", ", Collections.nCopies(part.size(),
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                    .params(params).update();
        }
    }

    /**
     * A read of many cases: one event with what was asked, and one row per case returned, all in the caller's
     * transaction, by one statement whatever the number of cases (the event's insert feeds its id to the cases'
     * insert): every page that names cases writes its audit, and each statement is a round trip and the server's
     * work per statement.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordRead(BulkRead read, Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            insertRequest(read);
            return;
        }
        jdbc.sql("with event as (" + INSERT_REQUEST + """
                        )
                        insert into audit_case_read (event_id, case_number)
                        select event.id, unnest(cast(? as varchar[])) from event""")
                .params(requestParameters(read, (Object) caseNumbers.toArray(String[]::new))).update();
    }

    /**
     * The start of a read whose cases are not known yet (a streamed export): records the request now, in the
     * caller's transaction, and answers where to record each case as it is handed out.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public CaseReads startRead(BulkRead read) {
        return new CaseReads(jdbc, insertRequest(read));
    }

    private static final String INSERT_REQUEST = """
            insert into audit_event (occurred_at, actor, actor_agency, action, target_type, case_number, details,
                                     terms, remote_address)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";

    private long insertRequest(BulkRead read) {
        return jdbc.sql(INSERT_REQUEST).params(requestParameters(read)).query(Long.class).single();
    }

    /** The request's audit line's parameters, in {@link #INSERT_REQUEST}'s order, then any that follow it. */
    private List<Object> requestParameters(BulkRead read, Object... following) {
        Actor actor = actor(read.actor());
        List<Object> params = new ArrayList<>(Arrays.asList(Timestamp.from(clock.instant()), actor.name(), actor.agency(),
                read.action().name(), BulkRead.TARGET_TYPE, read.caseNumber(),
                read.details() != null ? read.details() : currentRequest(), read.terms(), currentRemoteAddress()));
        params.addAll(Arrays.asList(following));
        return params;
    }

    /**
     * The reads of a case, newest first, a page at a time (keyset: {@code before} is the last id of the previous
     * page), for the owning agency's supervisors; the caller establishes that the viewer is one. The terms of a
     * request show only when it came from {@code viewerAgency}.
     */
    @Transactional(readOnly = true)
    public CaseReadPage readsOf(String caseNumber, String viewerAgency, Long before) {
        List<CaseRead> found = readHistory.reads(caseNumber, viewerAgency, before, READS_PAGE_SIZE + 1);
        boolean older = found.size() > READS_PAGE_SIZE;
        List<CaseRead> page = older ? found.subList(0, READS_PAGE_SIZE) : found;
        return new CaseReadPage(List.copyOf(page), older ? page.getLast().id() : null);
    }

    private record Actor(String name, String agency) {
    }

    /** The actor given, else the signed-in user, with the user's agency. */
    private static Actor actor(String given) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor principal) {
            return new Actor(given != null ? given : principal.getUsername(), principal.agencyCode());
        }
        return new Actor(given == null && authentication != null ? authentication.getName() : given, null);
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> forCase(String caseNumber, Pageable pageable) {
        return events.findByCaseNumberOrderByOccurredAtDesc(caseNumber, pageable);
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> latest(Pageable pageable) {
        return events.findAllByOrderByOccurredAtDesc(pageable);
    }

    /**
     * The exception for an edit made on a stale version of a record, naming who last changed the record
     * (the most recent of {@code changeActions} about it) and when.
     */
    @Transactional(readOnly = true)
    /**
     * Refuses an edit made on another version of the record than the current one (or on none), saying who changed it
     * last ({@link #staleEdit}).
     */
    public void requireVersion(Long edited, long current, String targetType, String targetId,
                               Collection<? extends AuditAction> changeActions) {
        if (edited == null || edited != current) {
            throw staleEdit(targetType, targetId, changeActions);
        }
    }

    public ConcurrentEditException staleEdit(String targetType, String targetId,
                                             Collection<? extends AuditAction> changeActions) {
        String what = targetType + " " + targetId;
        List<String> actions = changeActions.stream().map(AuditAction::name).toList();
        return events.findFirstByTargetTypeAndTargetIdAndActionInOrderByOccurredAtDescIdDesc(targetType, targetId, actions)
                .map(event -> new ConcurrentEditException(what, event.getActor(), event.getOccurredAt()))
                .orElseGet(() -> new ConcurrentEditException(what, null, null));
    }

    /** The trail for administrators, newest first, filtered and paged by keyset; case details withheld. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public AuditPage search(AuditFilter filter) {
        AuditEvent after = filter.before() == null ? null : events.findById(filter.before()).orElse(null);
        List<AuditEvent> found = search.find(filter, after, PAGE_SIZE + 1);
        boolean older = found.size() > PAGE_SIZE;
        List<AuditEvent> page = older ? found.subList(0, PAGE_SIZE) : found;
        Map<Long, Long> casesReturned = casesReturned(page.stream()
                .filter(event -> BulkRead.TARGET_TYPE.equals(event.getTargetType())).map(AuditEvent::getId).toList());
        return new AuditPage(page.stream().map(event -> AuditEntry.forAdministrators(event,
                        BulkRead.TARGET_TYPE.equals(event.getTargetType()) ? casesReturned.getOrDefault(event.getId(), 0L) : null))
                .toList(), older ? page.getLast().getId() : null);
    }

    /** How many cases each bulk read returned: one grouped count on audit_case_read's event index. */
    private Map<Long, Long> casesReturned(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select event_id, count(*) from audit_case_read where event_id in (:ids) group by event_id")
                .param("ids", eventIds).query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /** The request's method and path (no query string: that holds the terms), e.g. "GET /api/v1/cases". */
    private static String currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getMethod() + " " + request.getRequestURI();
        }
        return null;
    }

    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
