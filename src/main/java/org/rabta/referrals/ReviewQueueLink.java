package org.rabta.referrals;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.NavigationContribution;
import org.rabta.accounts.RabtaUser;
import org.springframework.stereotype.Component;

/** Whether the navigation links to the review queue: by {@link Reviewers}' rule, the one the queue itself applies. */
@Component
@RequiredArgsConstructor
class ReviewQueueLink implements NavigationContribution {

    private final Reviewers reviewers;

    @Override
    public String name() {
        return "reviewLink";
    }

    @Override
    public Object valueFor(RabtaUser user) {
        return reviewers.reviewsLately(user);
    }
}
