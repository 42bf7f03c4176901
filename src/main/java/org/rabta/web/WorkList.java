package org.rabta.web;

import org.springframework.security.core.Authentication;

/**
 * Extension point for the home page: a feature lists what waits for the signed-in user (screenings to confirm,
 * referrals to answer, action items due) by providing a bean of this type, so that web does not depend on the
 * features above it. The same {@link #find} serves the home page, its "see all" page and the count in the
 * navigation, so the count is always the number of items listed.
 */
public interface WorkList {

    /** The list's name: its heading is the message {@code home.work.<name>} and its full page {@code /work/<name>}. */
    String name();

    /**
     * The items waiting for this user, at most {@code limit} from {@code offset} in the list's order, and how many
     * there are ({@link WorkItems#CAP} at most); {@link WorkItems#NONE} when the list is not for this user. Only
     * what the user may read is listed.
     */
    WorkItems find(Authentication authentication, int offset, int limit);
}
