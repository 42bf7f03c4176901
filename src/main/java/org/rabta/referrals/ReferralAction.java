package org.rabta.referrals;

import java.util.Set;
import org.rabta.cases.CaseEventType;

/**
 * The moves of the state machine: from which states each is allowed, where it leads, and which side makes it.
 * {@link #NOTE} is a progress update that changes no state but shows the referral is being looked after.
 */
public enum ReferralAction {
    SEND(Side.SENDER, ReferralStatus.SENT, Set.of(ReferralStatus.DRAFT)),
    ACCEPT(Side.RECEIVER, ReferralStatus.ACCEPTED, Set.of(ReferralStatus.SENT)),
    DECLINE(Side.RECEIVER, ReferralStatus.DECLINED, Set.of(ReferralStatus.SENT)),
    START(Side.RECEIVER, ReferralStatus.IN_PROGRESS, Set.of(ReferralStatus.ACCEPTED)),
    COMPLETE(Side.RECEIVER, ReferralStatus.COMPLETED, Set.of(ReferralStatus.IN_PROGRESS)),
    WITHDRAW(Side.SENDER, ReferralStatus.WITHDRAWN,
            Set.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)),
    NOTE(Side.EITHER, null, Set.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS));

    /** Which agency of the referral makes the move. */
    public enum Side { SENDER, RECEIVER, EITHER }

    private final Side side;
    private final ReferralStatus target;
    private final Set<ReferralStatus> from;

    ReferralAction(Side side, ReferralStatus target, Set<ReferralStatus> from) {
        this.side = side;
        this.target = target;
        this.from = from;
    }

    public boolean allowedFrom(ReferralStatus status) {
        return from.contains(status);
    }

    public boolean madeBy(boolean sender, boolean receiver) {
        return switch (side) {
            case SENDER -> sender;
            case RECEIVER -> receiver;
            case EITHER -> sender || receiver;
        };
    }

    /** The state after the move; the same state for a progress note. */
    public ReferralStatus target(ReferralStatus current) {
        return target == null ? current : target;
    }

    /** Decline and withdraw need a reason, completion an outcome note. */
    public boolean needsText() {
        return this == DECLINE || this == WITHDRAW || this == COMPLETE || this == NOTE;
    }

    /** The entry on the case's timeline; null for a progress note, which is not a move and stays on the referral. */
    public CaseEventType caseEventType() {
        return switch (this) {
            case SEND -> CaseEventType.REFERRAL_SENT;
            case ACCEPT -> CaseEventType.REFERRAL_ACCEPTED;
            case DECLINE -> CaseEventType.REFERRAL_DECLINED;
            case START -> CaseEventType.REFERRAL_IN_PROGRESS;
            case COMPLETE -> CaseEventType.REFERRAL_COMPLETED;
            case WITHDRAW -> CaseEventType.REFERRAL_WITHDRAWN;
            case NOTE -> null;
        };
    }

    /** The entry on the referral's own timeline, named as the move. */
    ReferralEventType eventType() {
        return switch (this) {
            case SEND -> ReferralEventType.SEND;
            case ACCEPT -> ReferralEventType.ACCEPT;
            case DECLINE -> ReferralEventType.DECLINE;
            case START -> ReferralEventType.START;
            case COMPLETE -> ReferralEventType.COMPLETE;
            case WITHDRAW -> ReferralEventType.WITHDRAW;
            case NOTE -> ReferralEventType.NOTE;
        };
    }

    /** The audit line's action, {@code REFERRAL_} and the move's name. */
    ReferralAuditAction auditAction() {
        return switch (this) {
            case SEND -> ReferralAuditAction.REFERRAL_SEND;
            case ACCEPT -> ReferralAuditAction.REFERRAL_ACCEPT;
            case DECLINE -> ReferralAuditAction.REFERRAL_DECLINE;
            case START -> ReferralAuditAction.REFERRAL_START;
            case COMPLETE -> ReferralAuditAction.REFERRAL_COMPLETE;
            case WITHDRAW -> ReferralAuditAction.REFERRAL_WITHDRAW;
            case NOTE -> ReferralAuditAction.REFERRAL_NOTE;
        };
    }
}
