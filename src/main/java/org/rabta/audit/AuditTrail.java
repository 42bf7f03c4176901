package org.rabta.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
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

    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
