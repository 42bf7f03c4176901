package org.rabta.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.rabta.shared.ConcurrentEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
public class AuditTrail {

    static final int PAGE_SIZE = 50;

    private final AuditEventRepository events;
    private final AuditSearch search;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, AuditSearch search, Clock clock) {
        this.events = events;
        this.search = search;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = record.actor();
        String agency = null;
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor principal) {
            actor = actor != null ? actor : principal.getUsername();
            agency = principal.agencyCode();
        } else if (actor == null && authentication != null) {
            actor = authentication.getName();
        }
        events.save(new AuditEvent(clock.instant(), actor, agency, record.action(), record.targetType(),
                record.targetId(), record.caseNumber(), record.details(), currentRemoteAddress()));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> forCase(String caseNumber, Pageable pageable) {
        return events.findByCaseNumberOrderByOccurredAtDesc(caseNumber, pageable);
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> forTarget(String targetType, String targetId, Pageable pageable) {
        return events.findByTargetTypeAndTargetIdOrderByOccurredAtDesc(targetType, targetId, pageable);
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
    public ConcurrentEditException staleEdit(String targetType, String targetId, Collection<String> changeActions) {
        String what = targetType + " " + targetId;
        return events.findFirstByTargetTypeAndTargetIdAndActionInOrderByOccurredAtDescIdDesc(targetType, targetId, changeActions)
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
        return new AuditPage(page.stream().map(AuditEntry::forAdministrators).toList(),
                older ? page.getLast().getId() : null);
    }

    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
