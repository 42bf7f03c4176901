package org.rabta.reporting;

import org.rabta.accounts.RabtaUser;

/**
 * The area whose statistics a committee member sees. Kept behind this interface so that the rule can follow the
 * committee rosters (the committees the member sits on) without changing anything else in reporting.
 */
public interface CommitteeJurisdiction {

    /** The reach of a committee member's statistics. */
    Reach of(RabtaUser member);
}
