package org.rabta.committees;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseAccessExtension;
import org.rabta.cases.CaseRelationship;
import org.rabta.referrals.ReviewQueue;
import org.springframework.stereotype.Component;

/**
 * Which cases a committee sees, pseudonymised: those with a referral in its review queue, and those it has already
 * linked to one of its action items or escalations. A member through a current term on an active committee stands in
 * the {@link CaseRelationship#COMMITTEE_MEMBER} relationship to the cases of its queue; an action item or an
 * escalation may link only a case the committee sees, so a case number typed into a form cannot bring any other case
 * of the jurisdiction before the members (nor tell whether it exists).
 */
@Component
@RequiredArgsConstructor
class CommitteeCases implements CaseAccessExtension {

    private final ReviewQueue reviews;
    private final CommitteeReviewJurisdictions jurisdictions;
    private final ActionItemRepository actionItems;
    private final EscalationRepository escalations;

    /** Whether the committee sees the case: a referral of it in the queue, or a link the committee made before. */
    boolean sees(Committee committee, String caseNumber) {
        return reviews.holdsCase(List.of(CommitteeReviewJurisdictions.areaOf(committee)), caseNumber)
                || actionItems.existsByCommitteeIdAndCaseNumber(committee.getId(), caseNumber)
                || escalations.linksCase(committee.getId(), caseNumber);
    }

    /** A member through a current term on an active committee whose queue holds a referral of the case. */
    @Override
    public CaseRelationship relationship(RabtaUser user, long caseId) {
        return reviews.holdsCase(jurisdictions.areasOf(user), caseId) ? CaseRelationship.COMMITTEE_MEMBER : CaseRelationship.NONE;
    }
}
