package org.rabta.directory;

/**
 * Lets a feature that builds on the directory refuse the deactivation of an agency (accounts: the
 * agency of the last active administrators, whose users could no longer sign in). Implementations
 * throw a {@link org.rabta.shared.BusinessRuleException}.
 */
public interface AgencyDeactivationCheck {

    void beforeDeactivating(Agency agency);
}
