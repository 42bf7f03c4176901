package org.rabta.referrals;

import java.util.List;
import org.rabta.accounts.RabtaUser;

/**
 * Where a user reviews referrals (empty: nowhere). It alone opens the review page of a referral and its notes and
 * action items. The committees feature provides the real rule (the user's current committee terms); without it
 * {@link ReviewQueueService} falls back to the interim one (a committee member's agency's jurisdiction).
 */
public interface ReviewJurisdictions {

    List<ReviewArea> areasOf(RabtaUser member);
}
