package org.rabta.referrals;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pseudonymised review page of one referral of the member's {@link ReviewQueue queue}. */
@Service
@RequiredArgsConstructor
public class ReviewPage {

    private final ReviewQueue queue;
    private final ObjectProvider<ReviewActionItems> actionItems;
    private final ReferralTimeline timeline;
    private final AuditTrail audit;

    /**
     * One referral of the member's queue with its review notes and its action items section (none without the
     * committees feature); outside the queue it is not found. An audited read.
     */
    @Transactional
    public ReviewedReferral review(RabtaUser member, long referralId) {
        ReviewSummary summary = queue.inQueue(member, referralId);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_REVIEW_VIEWED,
                summary.caseNumber(), "referral " + referralId));
        ReviewActionItems items = actionItems.getIfAvailable();
        return new ReviewedReferral(summary, timeline.reviews(referralId), items == null ? null : items.section(member, summary));
    }

    public record ReviewedReferral(ReviewSummary summary, List<ReviewEntry> reviews, ReviewActionItems.Section actionItems) {
    }
}
