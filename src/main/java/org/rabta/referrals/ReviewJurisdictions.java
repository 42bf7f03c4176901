package org.rabta.referrals;

import java.util.List;
import org.rabta.accounts.RabtaUser;

/**
 * Where a committee member reviews referrals. The committees feature provides the real rule (the member's
 * committee memberships); until then {@link ReviewConfiguration} supplies the interim one (the member's agency's).
 */
public interface ReviewJurisdictions {

    List<ReviewArea> areasOf(RabtaUser member);
}
