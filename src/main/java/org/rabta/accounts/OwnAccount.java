package org.rabta.accounts;

import java.time.Clock;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each user does with their own account: see it, change their password, keep their language. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OwnAccount {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final LoginAttempts loginAttempts;
    private final Clock clock;
    private final AuditTrail audit;

    /** A user's account for the user themself (their profile page). */
    UserAccount own(RabtaUser principal) {
        return users.findById(principal.id()).orElseThrow(() -> new RecordNotFoundException("User", principal.id()));
    }

    /**
     * The user's own change; the current password must be right and the new one must follow the policy. A wrong
     * current password counts toward the lockout like a failed sign-in, and a locked account changes nothing (see
     * {@link WrongCurrentPasswordException}). The change ends the user's other sessions: whoever signed in with the old
     * password elsewhere must sign in again.
     *
     * @param currentSessionId the session the change is made in, which stays signed in
     */
    @Transactional
    void changeOwnPassword(RabtaUser principal, String currentPassword, String newPassword, String currentSessionId) {
        UserAccount user = own(principal);
        if (user.isLockedAt(clock.instant())) {
            throw new WrongCurrentPasswordException(true);
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new WrongCurrentPasswordException(loginAttempts.recordWrongCurrentPassword(user.getUsername()));
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("account.password.error.sameAsCurrent");
        }
        passwordPolicy.violation(user.getUsername(), newPassword).ifPresent(code -> {
            throw new BusinessRuleException(code, PasswordPolicy.MIN_LENGTH);
        });
        user.changePassword(passwordEncoder.encode(newPassword), false);
        audit.record(AuditRecord.of(AccountAuditAction.PASSWORD_CHANGED, "USER", user.getUsername(), null));
        sessions.endAllBut(user.getUsername(), currentSessionId);
    }

    /** Ends every session of a user whose account just locked while signed in, the current one included. */
    void endAllSessions(RabtaUser principal) {
        sessions.endAll(principal.username());
    }

    @Transactional
    void rememberLocale(long userId, Locale locale) {
        users.rememberLocale(userId, locale.getLanguage());
    }
}
