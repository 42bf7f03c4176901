package org.rabta.cases;

import org.rabta.accounts.RabtaUser;

/**
 * Extension point for the case page: a feature above cases provides a bean of this type to show its own section
 * (the screening history, the referrals). Called after the case was read (and that read audited) for a user who
 * may read it; an implementation audits its own reads.
 */
public interface CasePageExtension {

    /** The section for this case and user. */
    CasePageSection section(RabtaUser user, CaseDetails details);
}
