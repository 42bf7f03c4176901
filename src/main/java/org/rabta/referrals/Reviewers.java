package org.rabta.referrals;

import java.time.Duration;
import java.util.List;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.infrastructure.ExpiringValue;
import org.springframework.stereotype.Component;

/**
 * Who reviews referrals, and where: the one rule behind the review pages and the navigation's link to them. Whoever
 * reviews somewhere ({@link ReviewJurisdictions}: a current committee term, whatever the user's roles, so a caseworker
 * who is a committee's secretary) reviews, and so does a committee member who reviews nowhere today (an empty queue).
 * <p>
 * The committees feature provides the jurisdictions of review ({@code committees.CommitteeReviewJurisdictions}).
 */
@Component
public class Reviewers {

    /** The navigation asks on every page, so its answer is kept this long; a roster change clears it at once. */
    static final Duration LINK_STALENESS = Duration.ofSeconds(30);

    private final ReviewJurisdictions jurisdictions;
    private final ExpiringValue<RabtaUser, Boolean> linkShown;

    Reviewers(ReviewJurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
        this.linkShown = new ExpiringValue<>(LINK_STALENESS, this::reviews);
    }

    /** The areas where the user reviews referrals (empty: nowhere). */
    public List<ReviewArea> areasOf(RabtaUser user) {
        return jurisdictions.areasOf(user);
    }

    /** Whether the user has a review queue (the rule of the queue page and of the navigation's link). */
    public boolean reviews(RabtaUser user) {
        return user.hasRole(Role.COMMITTEE_MEMBER) || !areasOf(user).isEmpty();
    }

    /** {@link #reviews(RabtaUser)} as the navigation shows it: at most {@link #LINK_STALENESS} old. */
    boolean reviewsLately(RabtaUser user) {
        return linkShown.get(user);
    }

    /** A term began or ended: the navigation asks afresh after the commit. */
    public void termsChanged() {
        linkShown.clearAfterCommit();
    }
}
