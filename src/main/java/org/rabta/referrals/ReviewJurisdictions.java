package org.rabta.referrals;

import java.util.List;
import org.rabta.accounts.RabtaUser;

/**
 * Where a user reviews referrals (empty: nowhere). It alone opens the review page of a referral and its notes and
 * action items. The committees feature provides it: the user's current committee terms.
 */
public interface ReviewJurisdictions {

    List<ReviewArea> areasOf(RabtaUser member);
}
