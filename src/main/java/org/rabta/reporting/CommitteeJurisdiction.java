package org.rabta.reporting;

import org.rabta.accounts.RabtaUser;

/**
 * The area whose statistics a committee member sees: the committees feature answers it from the member's current
 * terms (reporting does not depend on committees, committees on reporting).
 */
public interface CommitteeJurisdiction {

    /** The reach of a committee member's statistics. */
    Reach of(RabtaUser member);
}
