package org.rabta.investigations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseAccessPolicy;
import org.rabta.cases.CasePart;
import org.rabta.cases.CasesApi;
import org.rabta.cases.PersonSummary;
import org.rabta.cases.VictimCase;
import org.rabta.directory.AgencyService;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an informed agency reads of the cases it was informed of ({@link InformedAgencies}): the page it opens from its
 * notice, which the owning agency sees too, and the summaries an investigation's page names.
 */
@Service
@RequiredArgsConstructor
class InformedCaseReads {

    private final InvestigationAccess access;
    private final InformedRecords records;
    private final AgencyService agencies;
    private final CasesApi cases;
    private final CaseAccessPolicy policy;

    /**
     * The page an informed agency opens from its notice, which the owning agency sees too: the case's referral summary
     * (an audited read), who informed whom and when, and what the reader's agency has registered since. Anyone else,
     * and the informed agency once its access has ended, is told the case is "not found".
     */
    @Transactional
    InformedCase view(RabtaUser user, String caseNumber) {
        boolean staff = user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR);
        Long owner = records.owningAgency(caseNumber).orElse(null);
        if (!staff || owner == null) {
            throw new RecordNotFoundException("Case", caseNumber);
        }
        List<InformedRecords.Row> rows = List.of();
        boolean owning = owner == user.agencyId();
        if (!owning) {
            // Only the agency's own notice: another agency informed of the same case is none of its business.
            rows = records.rowsOfCaseNumber(caseNumber).stream().filter(row -> row.agencyId() == user.agencyId()).toList();
            if (rows.isEmpty()) {
                throw new RecordNotFoundException("Case", caseNumber);
            }
        }
        VictimCase summary = cases.referralSummary(user, caseNumber, owning ? "agencies informed" : "informed of the case");
        if (owning) {
            rows = records.rows(summary.getId());
        }
        Offence proposed = InvestigationOffers.proposal(summary.getConfirmedDetermination()).orElse(null);
        List<InvestigationOffer.Linked> registered = access.mayInvestigate(user)
                ? records.linked(summary.getId(), user.agencyId()) : List.of();
        return new InformedCase(PersonSummary.of(summary), summary.getConfirmedDetermination(), agencies.agency(owner), proposed,
                records.entries(rows), registered, !owning && proposed != null && access.mayInvestigate(user));
    }

    /**
     * Of these cases, those another agency informed the user's agency of and whose summary it still sees
     * ({@code cases.CaseRelationship.INFORMED_AGENCY}), by id: for an investigation's page, which names them as far
     * as their summary goes. Each is an audited read.
     */
    @Transactional
    Map<Long, VictimCase> summaries(RabtaUser user, List<Long> caseIds, String purpose) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, VictimCase> found = new HashMap<>();
        for (String number : records.informedAmong(user.agencyId(), caseIds)) {
            if (seesSummary(user, number)) {
                VictimCase summary = cases.referralSummary(user, number, purpose);
                found.put(summary.getId(), summary);
            }
        }
        return found;
    }

    /** Whether the user's agency was informed of the case and still sees its summary. Not audited. */
    boolean informedOf(RabtaUser user, String caseNumber) {
        return caseNumber != null && records.informedOf(user.agencyId(), caseNumber) && seesSummary(user, caseNumber);
    }

    /** The policy alone: no audit, and no "not found" thrown to mark the transaction for rollback. */
    private boolean seesSummary(RabtaUser user, String caseNumber) {
        return policy.may(user, caseNumber, CasePart.REFERRAL_SUMMARY);
    }
}
