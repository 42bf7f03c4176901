package org.rabta.committees;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.referrals.ReviewArea;
import org.rabta.referrals.ReviewQueue;
import org.rabta.referrals.ReviewSummary;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's review queue: the referrals of its jurisdiction, pseudonymised by the referrals feature, with those
 * escalated to it from the committees below marked; and the escalation of a referral to the committee above. A
 * current term on the committee (or the admin role) opens both; when the term ends they answer "not found".
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CommitteeReferrals {

    static final int PAGE_SIZE = 50;

    private final CommitteeAccess access;
    private final ReviewQueue reviews;
    private final EscalationService escalations;

    /**
     * One page of the queue, which referrals of the committee's jurisdiction were escalated to it, and whether the
     * viewer reviews them on their review pages (a term on the committee does; an admin's reach does not).
     */
    public record Queue(Slice<ReviewSummary> referrals, Set<Long> escalatedHere, boolean reviewable) {
    }

    @Transactional
    public Queue queue(RabtaUser user, long committeeId, int page) {
        Committee committee = access.readable(user, committeeId);
        if (access.currentTerm(user, committeeId).isEmpty()) {
            // An admin manages the committee but sees no case data (CaseRelationship.ADMIN): an empty queue.
            return new Queue(new SliceImpl<>(List.of(), PageRequest.of(0, PAGE_SIZE), false), Set.of(), false);
        }
        Slice<ReviewSummary> slice = reviews.reviewQueue(user, areaOf(committee), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        return new Queue(slice, escalations.escalatedReferralIds(committeeId), reviewsFor(user, committee));
    }

    /** Which of the committee's referrals the user may open on their review pages: those still in its queue. */
    Set<Long> reviewableAmong(RabtaUser user, Committee committee, Collection<Long> referralIds) {
        return reviewsFor(user, committee) ? reviews.queuedAmong(areaOf(committee), referralIds) : Set.of();
    }

    /** The rule of {@link CommitteeReviewJurisdictions}: a current term on the committee, while it is active. */
    private boolean reviewsFor(RabtaUser user, Committee committee) {
        return committee.isActive() && access.currentTerm(user, committee.getId()).isPresent();
    }

    /** Escalates a referral of the committee's queue to the committee above, with the reason; others are not found. */
    @Transactional
    public Escalation escalate(RabtaUser user, long committeeId, long referralId, String issue) {
        Committee committee = access.readable(user, committeeId);
        ReviewSummary summary = reviews.summaryIn(areaOf(committee), referralId);
        return escalations.escalate(user, committeeId, issue, summary.caseNumber(), referralId);
    }

    /** The case of a referral in the committee's queue, to link an action item to it; empty when it is not there. */
    Optional<String> caseOfQueuedReferral(Committee committee, long referralId) {
        try {
            return Optional.of(reviews.summaryIn(areaOf(committee), referralId).caseNumber());
        } catch (RecordNotFoundException notInQueue) {
            return Optional.empty();
        }
    }

    private static List<ReviewArea> areaOf(Committee committee) {
        return List.of(CommitteeReviewJurisdictions.areaOf(committee));
    }
}
