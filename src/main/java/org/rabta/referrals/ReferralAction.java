package org.rabta.referrals;

import java.util.Set;

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

    /** The case timeline type, e.g. REFERRAL_ACCEPTED (a note is not a move and stays on the referral). */
    public String caseEventType() {
        return this == NOTE ? null : "REFERRAL_" + target;
    }
}
