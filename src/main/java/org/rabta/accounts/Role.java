package org.rabta.accounts;

/** What a user may do; a user may hold several. See DESIGN.md "Access". */
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
