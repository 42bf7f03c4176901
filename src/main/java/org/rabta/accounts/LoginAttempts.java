package org.rabta.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for a while after too many, whatever the channel
 * (form or API). A wrong password for an unknown username changes nothing, so the responses do
 * not reveal which usernames exist.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockoutDuration;

    LoginAttempts(UserAccountRepository users, AuditTrail audit, Clock clock,
                  @Value("${rabta.security.max-failed-attempts}") int maxFailedAttempts,
                  @Value("${rabta.security.lockout-duration}") Duration lockoutDuration) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockoutDuration = lockoutDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Instant lockedUntil = clock.instant().plus(lockoutDuration);
        List<Boolean> lockedNow = users.recordFailedSignIn(username, maxFailedAttempts, lockedUntil);
        if (!lockedNow.isEmpty()) {
            audit.record(AuditRecord.of(lockedNow.getFirst() ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED", "USER", username, null)
                    .byActor(username));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RabtaUser principal) {
            users.recordSuccessfulSignIn(principal.id(), clock.instant());
        }
    }
}
