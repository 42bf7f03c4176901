package org.rabta.accounts.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rabta.accounts.AccountAuditAction;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SecondFactor;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAdministration;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second sign-in factor: enrolling an authenticator app, checking its codes (RFC 6238: 30-second steps, six
 * digits, one step of clock drift either way, each step accepted once) and the single-use recovery codes, and
 * removing it (by the user with a code, or by an admin). Every outcome is audited; a wrong code counts toward the
 * account lockout exactly as a wrong password does.
 */
@Service
public class SecondFactorService {

    /** Steps of clock drift accepted either side of now. */
    static final int DRIFT_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final String ISSUER = "Rabta";

    private final SecondFactorStore store;
    private final TotpSecretCipher cipher;
    private final SecondFactorRequirement requirement;
    private final UserAdministration accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(SecondFactorStore store, TotpSecretCipher cipher, SecondFactorRequirement requirement,
                        UserAdministration accounts, AuditTrail audit, ApplicationEventPublisher events,
                        FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock,
                        PlatformTransactionManager transactionManager) {
        this.store = store;
        this.cipher = cipher;
        this.requirement = requirement;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What the account page shows. */
    public record Status(boolean enrolled, Instant enrolledAt, int recoveryCodesLeft, boolean required) {
    }

    /** A secret waiting for its first code: the QR code and the same secret as text for typing by hand. */
    public record Enrolment(String secret, String otpauthUri, String qrCodeDataUri) {
    }

    public enum Outcome { ACCEPTED, RECOVERY_CODE_ACCEPTED, REJECTED, LOCKED }

    public Status status(RabtaUser user) {
        Optional<SecondFactorStore.Authenticator> authenticator = store.find(user.id()).filter(SecondFactorStore.Authenticator::confirmed);
        return new Status(authenticator.isPresent(), authenticator.map(SecondFactorStore.Authenticator::confirmedAt).orElse(null),
                authenticator.isPresent() ? store.remainingRecoveryCodes(user.id()) : 0, requirement.requiredFor(user.roles()));
    }

    /** Starts (or, after a reload of the page, continues) an enrolment; refused once one is confirmed. */
    @Transactional
    public Enrolment startEnrolment(RabtaUser user) {
        Optional<SecondFactorStore.Authenticator> existing = store.find(user.id());
        if (existing.filter(SecondFactorStore.Authenticator::confirmed).isPresent()) {
            throw new BusinessRuleException("account.twoFactor.error.alreadyEnrolled");
        }
        byte[] secret;
        if (existing.isPresent()) {
            secret = cipher.decrypt(user.id(), existing.get().encryptedSecret());
        } else {
            secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            store.savePending(user.id(), cipher.encrypt(user.id(), secret), clock.instant());
        }
        String base32 = Base32.encode(secret);
        String uri = "otpauth://totp/" + encode(ISSUER + ":" + user.username()) + "?secret=" + base32 + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32.replaceAll("(.{4})(?!$)", "$1 "), uri, QrCodes.svgDataUri(uri));
    }

    /**
     * The first code proves the app holds the secret; answers the ten recovery codes, shown this once. Not one
     * transaction: the audit line of a wrong code must survive the refusal.
     */
    public List<String> confirmEnrolment(RabtaUser user, String typedCode) {
        SecondFactorStore.Authenticator pending = store.find(user.id())
                .filter(authenticator -> !authenticator.confirmed())
                .orElseThrow(() -> new BusinessRuleException("account.twoFactor.error.noEnrolment"));
        byte[] secret = cipher.decrypt(user.id(), pending.encryptedSecret());
        Optional<Long> step = matchingStep(secret, digits(typedCode), null);
        List<String> codes = step.isEmpty() ? null : transactions.execute(status -> {
            if (!store.confirm(user.id(), step.get(), clock.instant())) {
                return null;
            }
            audit.record(AuditRecord.of(AccountAuditAction.SECOND_FACTOR_ENROLLED, "USER", user.username(), null));
            return newRecoveryCodes(user.id());
        });
        if (codes == null) {
            audit.record(AuditRecord.of(AccountAuditAction.SECOND_FACTOR_FAILED, "USER", user.username(), "enrolment"));
            throw new BusinessRuleException("account.twoFactor.error.wrongCode");
        }
        return codes;
    }

    /**
     * Checks a code given after the password (or to confirm a change): a current authenticator code, else an unused
     * recovery code. Not one transaction on purpose: a failure must stay counted and audited whatever follows, and
     * the lockout is read back after it is counted.
     */
    public Outcome verify(RabtaUser user, String typedCode) {
        if (lockedOrInactive(user)) {
            return Outcome.LOCKED;
        }
        Optional<SecondFactorStore.Authenticator> authenticator = store.find(user.id()).filter(SecondFactorStore.Authenticator::confirmed);
        if (authenticator.isPresent()) {
            byte[] secret = cipher.decrypt(user.id(), authenticator.get().encryptedSecret());
            Optional<Long> step = matchingStep(secret, digits(typedCode), authenticator.get().lastUsedStep());
            if (step.isPresent() && store.useStep(user.id(), step.get())) {
                audit.record(AuditRecord.of(AccountAuditAction.SECOND_FACTOR_ACCEPTED, "USER", user.username(), null));
                return Outcome.ACCEPTED;
            }
            String recovery = RecoveryCodes.normalise(typedCode);
            if (!recovery.isEmpty() && store.useRecoveryCode(user.id(), RecoveryCodes.hash(user.id(), recovery), clock.instant())) {
                audit.record(AuditRecord.of(AccountAuditAction.SECOND_FACTOR_RECOVERY_CODE_USED,
                        "USER", user.username(),
                        store.remainingRecoveryCodes(user.id()) + " left"));
                return Outcome.RECOVERY_CODE_ACCEPTED;
            }
        }
        audit.record(AuditRecord.of(AccountAuditAction.SECOND_FACTOR_FAILED, "USER", user.username(), null));
        // Counted by the same listener as a wrong password (LoginAttempts), so the same limit and lock apply.
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), null),
                new BadCredentialsException("Wrong second-factor code")));
        return lockedOrInactive(user) ? Outcome.LOCKED : Outcome.REJECTED;
    }

    /** The user removes their authenticator, proving it with a code; answers what they must do from now on. */
    public SecondFactor disable(RabtaUser user, String typedCode) {
        Outcome outcome = verify(user, typedCode);
        if (outcome == Outcome.LOCKED) {
            throw new BusinessRuleException("account.twoFactor.error.locked");
        }
        if (outcome == Outcome.REJECTED) {
            throw new BusinessRuleException("account.twoFactor.error.wrongCode");
        }
        transactions.executeWithoutResult(status -> {
            store.delete(user.id());
            audit.record(AuditRecord.of(AccountAuditAction.SECOND_FACTOR_DISABLED, "USER", user.username(), null));
        });
        return requirement.of(user.id(), user.roles());
    }

    /** An admin removes a user's authenticator (a lost phone and no recovery code); the user's sessions end. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetByAdmin(long userId) {
        UserAccount account = accounts.user(userId);
        store.delete(userId);
        audit.record(AuditRecord.of(AccountAuditAction.SECOND_FACTOR_RESET, "USER", account.getUsername(), null));
        sessions.findByPrincipalName(account.getUsername()).keySet().forEach(sessions::deleteById);
    }

    /** Whether the user (for an admin's user page) has an authenticator. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean isEnrolled(long userId) {
        return store.isEnrolled(userId);
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> codes = RecoveryCodes.generate();
        store.replaceRecoveryCodes(userId, codes.stream().map(code -> RecoveryCodes.hash(userId, RecoveryCodes.normalise(code))).toList());
        return codes;
    }

    /** The step within the drift window whose code this is, and later than the last step used. */
    private Optional<Long> matchingStep(byte[] secret, String code, Long lastUsedStep) {
        if (code.length() != Totp.DIGITS) {
            return Optional.empty();
        }
        long now = Totp.step(clock.instant());
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && Totp.sameCode(Totp.code(secret, step), code)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The code as typed, in ASCII digits (an Urdu keyboard types ۱۲۳), without spaces. */
    static String digits(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (!Character.isWhitespace(c)) {
                return "";
            }
        }
        return digits.toString();
    }

    private boolean lockedOrInactive(RabtaUser user) {
        return !store.maySignIn(user.id(), clock.instant());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
