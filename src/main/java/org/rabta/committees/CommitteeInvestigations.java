package org.rabta.committees;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.reporting.InvestigationProgress;
import org.rabta.reporting.Reach;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's view of the investigations in its jurisdiction (the district, the province, or the country of a
 * national committee): how far they have gone and which are stalled, as counts under the small-cell rule. For its
 * members through a term that includes today; an administrator, who counts no victims, and everyone else are told the
 * committee is "not found". Every view is audited.
 */
@Service
@RequiredArgsConstructor
public class CommitteeInvestigations {

    private final CommitteeAccess access;
    private final CommitteeService committees;
    private final InvestigationProgress progress;
    private final AuditTrail audit;

    /** The committee and its figures. */
    public record View(Committee committee, InvestigationProgress.Figures figures) {
    }

    @Transactional
    public View of(RabtaUser user, long committeeId) {
        if (access.currentTerm(user, committeeId).isEmpty()) {
            throw new RecordNotFoundException("Committee", committeeId);
        }
        Committee committee = committees.find(committeeId);
        InvestigationProgress.Figures figures = progress.of(reachOf(committee));
        audit.record(AuditRecord.of(CommitteeAuditAction.COMMITTEE_INVESTIGATIONS_VIEWED, "COMMITTEE", String.valueOf(committeeId), null));
        return new View(committee, figures);
    }

    static Reach reachOf(Committee committee) {
        return switch (committee.getLevel()) {
            case NATIONAL -> Reach.country();
            case PROVINCIAL -> Reach.jurisdiction(Set.of(committee.getProvinceCode()), Set.of());
            case DISTRICT -> Reach.jurisdiction(Set.of(), Set.of(committee.getDistrictCode()));
        };
    }
}
