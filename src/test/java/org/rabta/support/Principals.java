package org.rabta.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Users as the principal the services take: the demo users by name, and new users of an agency for the tests whose
 * figures or rosters nobody else's users may change.
 */
@Component
@RequiredArgsConstructor
public class Principals {

    private final UserDetailsService users;
    private final UserAccountService accounts;

    public RabtaUser user(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** A new active user of the agency with the roles and {@link TestUsers#PASSWORD}, not asked to change it. */
    public RabtaUser newUser(String agencyCode, Role... roles) {
        String username = Unique.code("t.");
        asSystem(() -> accounts.createWithPassword(username, "Test " + username, agencyCode, Set.of(roles),
                TestUsers.PASSWORD, false));
        return user(username);
    }

    /** The action's result, done as the system (set-up that only an administrator may do). */
    public static <T> T asSystem(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        SystemIdentity.run(() -> result.set(action.get()));
        return result.get();
    }
}
