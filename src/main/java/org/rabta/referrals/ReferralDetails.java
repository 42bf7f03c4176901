package org.rabta.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.rabta.cases.PersonSummary;
import org.rabta.directory.Agency;

/**
 * The referral page, loaded once per request: the referral, the limited view of its case, both agencies, the
 * timeline, committee reviews, and the moves the user may make. {@code sender}: the user's agency sent it;
 * otherwise the user's agency received it, and may see it until {@code visibleUntil} (null while open).
 * {@code caseReadable}: the user may open the whole case (the case access policy's answer), so the page links to it.
 */
public record ReferralDetails(Referral referral, PersonSummary person, Agency from, Agency to, List<ReferralEvent> timeline,
                              List<ReviewEntry> reviews, Set<ReferralAction> actions, boolean sender, Instant visibleUntil,
                              boolean caseReadable) {

    public boolean may(String action) {
        return actions.contains(ReferralAction.valueOf(action));
    }

    /** A declined referral offers its sender to refer again elsewhere. */
    public boolean mayReferAgain() {
        return sender && referral.getStatus() == ReferralStatus.DECLINED;
    }
}
