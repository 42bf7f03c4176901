package org.rabta.accounts;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done by Rabta itself rather than a person (first-admin bootstrap, demo data, scheduled
 * jobs) runs as "system" so that services keep checking roles and the audit trail names the actor.
 */
public final class SystemIdentity {

    public static final String NAME = "system";

    private SystemIdentity() {
    }

    public static void run(Runnable action, Role... roles) {
        String[] authorities = roles.length == 0
                ? new String[] {Role.ADMIN.authority()}
                : Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
        runSignedIn(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                AuthorityUtils.createAuthorityList(authorities)), action);
    }

    /**
     * Work Rabta does on a person's behalf (demo data): services and the audit trail see that user signed in, with
     * exactly the user's agency and roles, so every access rule still applies. The user comes from
     * {@link UserAccountService#actingUser}, which only Rabta itself may call.
     */
    public static void runAs(RabtaUser user, Runnable action) {
        runSignedIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), action);
    }

    /** Runs the action signed in as {@code authentication}, then puts back whoever was signed in before. */
    private static void runSignedIn(Authentication authentication, Runnable action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Whether the current work is Rabta's own (a signed-in person's principal is a {@link RabtaUser}, never this name). */
    static boolean isCurrent() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && NAME.equals(authentication.getPrincipal());
    }
}
