package org.rabta.accounts;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            String[] authorities = roles.length == 0
                    ? new String[] {Role.ADMIN.authority()}
                    : Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                    AuthorityUtils.createAuthorityList(authorities)));
            SecurityContextHolder.setContext(context);
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
