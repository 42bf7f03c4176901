package org.rabta.cases;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.audit.AuditEvent;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.CaseReadPage;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the audit trail knows of one case, for the supervisors of the owning agency only; anyone else is told the
 * case is not found. Reading it is itself audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseAuditTrail {

    private final CaseAccessPolicy policy;
    private final AuditTrail audit;

    /** Every audit line about the case, newest first. */
    @Transactional
    public Page<AuditEvent> auditTrail(RabtaUser user, String caseNumber, Pageable pageable) {
        VictimCase victimCase = supervised(user, caseNumber, "Case audit trail");
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_AUDIT_VIEWED, victimCase.getCaseNumber(), null));
        return audit.forCase(caseNumber, pageable);
    }

    /**
     * "Who looked at this person": every read of the case (opened, downloaded, exported, or returned by a list, search
     * or duplicate check, of any agency), newest first, a page at a time.
     */
    @Transactional
    public CaseReadPage whoLooked(RabtaUser user, String caseNumber, Long before) {
        VictimCase victimCase = supervised(user, caseNumber, "Case reads");
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_AUDIT_VIEWED, victimCase.getCaseNumber(), "who looked"));
        return audit.readsOf(victimCase.getCaseNumber(), user.agencyCode(), before);
    }

    private VictimCase supervised(RabtaUser user, String caseNumber, String what) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.FULL);
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new RecordNotFoundException(what, caseNumber);
        }
        return victimCase;
    }
}
