package org.rabta.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for a while after too many, whatever the channel
 * (form or API). A wrong password for an unknown username changes nothing, so the responses do
 * not reveal which usernames exist. The typed username is normalised ({@link Usernames}) exactly as
 * for the lookup, so a padded or re-spelled name counts toward the same account's lockout.
 */
@Component
@RequiredArgsConstructor
class LoginAttempts {

    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final Clock clock;
    @Value("${rabta.security.max-failed-attempts}")
    private final int maxFailedAttempts;
    @Value("${rabta.security.lockout-duration}")
    private final Duration lockoutDuration;

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName(), AccountAuditAction.SIGN_IN_FAILED,
                AccountAuditAction.SIGN_IN_LOCKED);
    }

    /**
     * A wrong current password on the user's own password form: counted like a failed sign-in (a stolen session
     * must not be a way to guess the password without limit), in a transaction of its own, so that the refusal of
     * the change does not roll the count back.
     *
     * @return whether this failure locked the account
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordWrongCurrentPassword(String username) {
        return recordFailure(username, AccountAuditAction.PASSWORD_CHANGE_FAILED,
                AccountAuditAction.PASSWORD_CHANGE_LOCKED);
    }

    private boolean recordFailure(String typedUsername, AccountAuditAction failedAction,
                                  AccountAuditAction lockedAction) {
        String username = Usernames.normalise(typedUsername);
        Instant lockedUntil = clock.instant().plus(lockoutDuration);
        List<Boolean> lockedNow = users.recordFailedSignIn(username, maxFailedAttempts, lockedUntil);
        if (lockedNow.isEmpty()) {
            return false;
        }
        boolean locked = lockedNow.getFirst();
        audit.record(AuditRecord.of(locked ? lockedAction : failedAction, "USER", username, null).byActor(username));
        return locked;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RabtaUser principal) {
            users.recordSuccessfulSignIn(principal.id(), clock.instant());
        }
    }
}
