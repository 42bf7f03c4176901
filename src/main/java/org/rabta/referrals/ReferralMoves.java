package org.rabta.referrals;

import static org.rabta.referrals.Referral.MAX_MESSAGE;
import static org.rabta.referrals.Referral.MAX_REASON;
import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CaseActivity;
import org.rabta.cases.CasesApi;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral's state machine ({@link ReferralAction}): the sender sends and withdraws, the provider accepts or
 * declines, starts and completes, either side adds a progress note. Every move is a timeline event on the referral
 * and, where it matters to the case, on the case's timeline; every move is audited; acceptance, decline and
 * completion are told to the sender, a new referral to the provider.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ReferralMoves {

    private final ReferralRepository referrals;
    private final ReferralAccess access;
    private final ReferralTimeline timeline;
    private final ReferralRecipients recipients;
    private final CasesApi cases;
    private final NotificationService notifications;
    private final ReferralInboxCounter inbox;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Makes a move on a referral. {@code expectedVersion} (the version the user's page showed; null from API
     * clients that do not send one) guards against acting on a stale page. A move the state or the user's side
     * does not allow is refused with a message naming the state and the move.
     */
    @Transactional
    public Referral act(RabtaUser user, long referralId, ReferralAction action, String text, String servicesDelivered,
                        Long expectedVersion) {
        Referral referral = access.lockedIfVisible(user, referralId);
        ConcurrentEditException.throwIfStale(expectedVersion, referral.getVersion(), "Referral " + referralId, null,
                referral.getLastActivityAt());
        boolean sender = referral.getFromAgencyId() == user.agencyId();
        if (!action.allowedFrom(referral.getStatus())) {
            throw new BusinessRuleException("referrals.error.illegalMove",
                    new DefaultMessageSourceResolvable("referrals.action." + action),
                    new DefaultMessageSourceResolvable("referrals.status." + referral.getStatus()));
        }
        if (!action.madeBy(sender, !sender)) {
            throw new BusinessRuleException(sender ? "referrals.error.receiverMove" : "referrals.error.senderMove",
                    new DefaultMessageSourceResolvable("referrals.action." + action));
        }
        String note = blankToNull(text);
        boolean longText = action == ReferralAction.COMPLETE || action == ReferralAction.NOTE;
        String field = longText ? "note" : "reason";
        if (action.needsText() && note == null) {
            throw InvalidInputException.of(field, "referrals.error.textRequired." + action);
        }
        int max = longText ? MAX_MESSAGE : MAX_REASON;
        if (note != null && note.length() > max) {
            throw InvalidInputException.of(field, "referrals.error.tooLong", max);
        }
        String delivered = blankToNull(servicesDelivered);
        if (delivered != null && delivered.length() > MAX_REASON) {
            throw InvalidInputException.of("servicesDelivered", "referrals.error.tooLong", MAX_REASON);
        }
        if (action == ReferralAction.SEND) {
            ReferralConsent.checkBeforeSending(user, cases.get(user, referral.getCaseNumber()), referral.getUrgency(),
                    referral.getConsentOverrideReason());
        }
        move(user, referral, action, note, delivered);
        try {
            referrals.saveAndFlush(referral);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Referral " + referralId, null, null);
        }
        return referral;
    }

    /** Applies a move already checked (by {@link #act}, or by {@link NewReferrals} when it sends at once) and tells it. */
    void move(RabtaUser user, Referral referral, ReferralAction action, String note, String delivered) {
        Instant now = clock.instant();
        ReferralStatus from = referral.getStatus();
        referral.apply(action, note, delivered, now);
        inbox.changed();
        String detail = action == ReferralAction.COMPLETE && delivered != null ? note + " — " + delivered : note;
        timeline.add(referral.getId(), now, action.eventType(), user.username(), user.fullName(), user.agencyCode(), detail);
        AuditRecord auditRecord = AuditRecord.forCase(action.auditAction(), referral.getCaseNumber(),
                "referral " + referral.getId() + " " + from + " -> " + referral.getStatus() + (note == null ? "" : ": " + note));
        if (action.caseEventType() != null) {
            // The service and the provider are shown from the referral itself, in words (ReferralCaseSection).
            events.publishEvent(new CaseActivity(user, referral.getCaseNumber(), action.caseEventType(), note,
                    ReferralCaseSection.SUBJECT.of(referral.getId()), auditRecord));
        } else {
            audit.record(auditRecord);
        }
        switch (action) {
            case SEND -> notifications.notify(referral.notice(NotificationKind.NEW, now), recipients.staff(referral.getToAgencyId()));
            case ACCEPT -> notifications.notify(referral.notice(NotificationKind.ACCEPTED, now), recipients.senders(referral));
            case DECLINE -> notifications.notify(referral.notice(NotificationKind.DECLINED, now), recipients.senders(referral));
            case COMPLETE -> notifications.notify(referral.notice(NotificationKind.COMPLETED, now), recipients.senders(referral));
            default -> {
                // starting, withdrawing and progress notes show on the timeline; no notice
            }
        }
    }
}
