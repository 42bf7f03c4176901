package org.rabta.accounts;

/** What a user may do; a user may hold several. Which case data each may see: {@code cases.CaseAccessPolicy}. */
public enum Role {
    CASEWORKER,
    SUPERVISOR,
    COMMITTEE_MEMBER,
    ADMIN,
    ANALYST;

    /** The authority Spring Security checks with {@code hasRole(name())}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
