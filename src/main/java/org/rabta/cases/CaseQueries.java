package org.rabta.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.directory.AgencyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases whole: the case page, one case, a page of the list. Only the owning agency's caseworkers and
 * supervisors see a case whole ({@link CasePart#FULL}); anyone else is told it is not found. Every read is audited,
 * in a read-write transaction, since the audit line is written with it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseQueries {

    private final CaseRepository cases;
    private final CaseAccessPolicy policy;
    private final CaseSearch search;
    private final CaseNoteRepository notes;
    private final CaseAttachmentRepository attachments;
    private final CaseTimeline timeline;
    private final AgencyService agencies;
    private final UserAccountService users;
    private final AuditTrail audit;

    /** The case page: the case, its notes, attachments and timeline. An audited read. */
    @Transactional
    public CaseDetails details(RabtaUser user, String caseNumber) {
        VictimCase victimCase = get(user, caseNumber);
        String registeredBy = users.fullName(victimCase.getCreatedBy()).orElse(victimCase.getCreatedBy());
        return new CaseDetails(victimCase, agencies.label(victimCase.getOwningAgencyId()), user.hasRole(Role.SUPERVISOR),
                notes.findByCaseIdOrderByCreatedAtDescIdDesc(victimCase.getId()),
                attachments.findByCaseIdOrderByUploadedAtDescIdDesc(victimCase.getId()), timeline.latest(victimCase),
                registeredBy);
    }

    /** The whole of one case, e.g. for the API or a feature acting on it for its owning agency. An audited read. */
    @Transactional
    public VictimCase get(RabtaUser user, String caseNumber) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.FULL);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_VIEWED, caseNumber, null));
        return victimCase;
    }

    /** The code of the agency that owns a case, for the API's owningAgencyCode. */
    public String agencyCode(long agencyId) {
        return agencies.label(agencyId).code();
    }

    /** A page of the cases the user may see: an audited read, with the filter and every case on the page. */
    @Transactional
    public CaseList list(RabtaUser user, CaseFilter filter) {
        CaseAccessPolicy.requireCaseRole(user);
        CaseSearch.Result result = search.search(user.agencyId(), filter);
        Map<Long, VictimCase> byId = cases.findToShowByIdIn(result.ids()).stream()
                .collect(Collectors.toMap(VictimCase::getId, Function.identity()));
        List<VictimCase> page = result.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
        audit.recordRead(BulkRead.of(filter.q() == null ? CaseAuditAction.CASES_LISTED : CaseAuditAction.CASES_SEARCHED,
                null, filter.terms()), page.stream().map(VictimCase::getCaseNumber).toList());
        return new CaseList(page, filter, result.hasNext(), result.count(), result.countCapped());
    }
}
