package org.rabta.accounts.twofactor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rabta.accounts.Role;
import org.rabta.accounts.SecondFactor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must give a second factor: whoever enrolled an authenticator, and everyone holding one of
 * {@code rabta.security.mfa.required-roles} (ADMIN and SUPERVISOR in the {@code prod} profile, none by default).
 */
@Component
public class SecondFactorRequirement {

    private final SecondFactorStore store;
    private final Set<Role> requiredRoles;

    SecondFactorRequirement(SecondFactorStore store,
                            @Value("${rabta.security.mfa.required-roles:}") List<Role> requiredRoles) {
        this.store = store;
        this.requiredRoles = requiredRoles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(requiredRoles));
    }

    public SecondFactor of(long userId, Set<Role> roles) {
        return decide(store.isEnrolled(userId), roles, requiredRoles);
    }

    /** Whether one of these roles demands a second factor, enrolled or not. */
    public boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }

    static SecondFactor decide(boolean enrolled, Set<Role> roles, Set<Role> requiredRoles) {
        if (enrolled) {
            return SecondFactor.CODE;
        }
        return roles.stream().anyMatch(requiredRoles::contains) ? SecondFactor.ENROL : SecondFactor.NONE;
    }
}
