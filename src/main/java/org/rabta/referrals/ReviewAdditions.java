package org.rabta.referrals;

import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member adds on the review page of a referral of their {@link ReviewQueue queue}: review notes and action
 * items, both told on the referral's timeline, which both agencies see.
 */
@Service
@RequiredArgsConstructor
public class ReviewAdditions {

    static final int MAX_TEXT = 2000;

    private final ReviewQueue queue;
    private final ObjectProvider<ReviewActionItems> actionItems;
    private final ReferralTimeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    @Transactional
    public void addNote(RabtaUser member, long referralId, String body) {
        ReviewSummary summary = queue.inQueue(member, referralId);
        String text = required(body, "body");
        Instant now = clock.instant();
        timeline.addReview(summary.referralId(), text, member.username(), member.fullName(), now);
        timeline.add(summary.referralId(), now, ReferralEventType.REVIEW_NOTE, member.username(), member.fullName(), member.agencyCode(), text);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_REVIEW_NOTE_ADDED,
                summary.caseNumber(), "referral " + summary.referralId()));
    }

    /** An action item about the referral, kept by the committees feature (see {@link ReviewActionItems}). */
    @Transactional
    public void addActionItem(RabtaUser member, long referralId, ReviewActionItems.Request request) {
        ReviewSummary summary = queue.inQueue(member, referralId);
        ReviewActionItems items = actionItems.getIfAvailable();
        if (items == null) {
            throw new RecordNotFoundException("Action items of referral", referralId);
        }
        String told = items.add(member, summary, request);
        timeline.add(referralId, clock.instant(), ReferralEventType.ACTION_ITEM, member.username(), member.fullName(), member.agencyCode(), told);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_ACTION_ITEM_ADDED,
                summary.caseNumber(), "referral " + referralId));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "referrals.review.error.noteRequired");
        }
        if (value.strip().length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "referrals.error.tooLong", MAX_TEXT);
        }
        return value.strip();
    }
}
