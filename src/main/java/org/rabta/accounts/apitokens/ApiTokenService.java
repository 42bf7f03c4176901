package org.rabta.accounts.apitokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.AccountAuditAction;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SecondFactor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: how machine clients call the API without a password (and without BCrypt on every request).
 * A token is 32 random bytes; only its SHA-256 is stored (a fast hash suffices for 256 random bits), with a short
 * prefix its owner recognises. At each use it acts with its user's rights of that moment: a deactivated, locked or
 * moved user is refused or seen as they are now. Every use is audited under the user's name.
 */
@Service
@RequiredArgsConstructor
public class ApiTokenService {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    static final String TOKEN_START = "rabta_";
    private static final int PREFIX_LENGTH = TOKEN_START.length() + 6;

    private final ApiTokenStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A token just created: {@code token} is shown this once and never again. */
    public record CreatedToken(ApiToken details, String token) {
    }

    /** What a presented token allows for this request. */
    public enum Verdict { ACCEPTED, REFUSED, READ_ONLY }

    public List<ApiToken> tokens(RabtaUser user) {
        return store.ofUser(user.id());
    }

    @Transactional
    public CreatedToken create(RabtaUser user, String name, boolean readOnly, int days) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new BusinessRuleException("account.apiTokens.error.name");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new BusinessRuleException("account.apiTokens.error.days", MAX_DAYS);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        long id = store.insert(user.id(), label, token.substring(0, PREFIX_LENGTH), hash(token), readOnly, now,
                now.plus(Duration.ofDays(days)));
        ApiToken created = store.ofUser(user.id(), id).orElseThrow();
        audit.record(AuditRecord.of(AccountAuditAction.API_TOKEN_CREATED,
                "API_TOKEN", String.valueOf(id), describe(created)));
        return new CreatedToken(created, token);
    }

    @Transactional
    public void revoke(RabtaUser user, long tokenId) {
        ApiToken token = store.ofUser(user.id(), tokenId).orElseThrow(() -> new RecordNotFoundException("API token", tokenId));
        if (store.revoke(user.id(), tokenId, clock.instant())) {
            audit.record(AuditRecord.of(AccountAuditAction.API_TOKEN_REVOKED,
                    "API_TOKEN", String.valueOf(tokenId), describe(token)));
        }
    }

    /**
     * Checks a presented token for one request and, when it may act, signs its user in for this request (the API
     * keeps no session) and audits the use, in one transaction.
     */
    @Transactional
    public Verdict authenticate(String presented, String method, String path) {
        if (!presented.startsWith(TOKEN_START)) {
            return Verdict.REFUSED;
        }
        Optional<ApiTokenStore.Presented> found = store.byHash(hash(presented));
        if (found.isEmpty()) {
            return Verdict.REFUSED;
        }
        ApiTokenStore.Presented row = found.get();
        Instant now = clock.instant();
        String request = method + " " + path + " with " + row.token().prefix();
        boolean userMaySignIn = row.userActive() && row.agencyActive() && (row.lockedUntil() == null || !row.lockedUntil().isAfter(now));
        if (!row.token().usableAt(now) || !userMaySignIn) {
            audit.record(AuditRecord.of(AccountAuditAction.API_TOKEN_REFUSED,
                    "API_TOKEN", String.valueOf(row.token().id()), request)
                    .byActor(row.username()));
            return Verdict.REFUSED;
        }
        if (row.token().readOnly() && !("GET".equals(method) || "HEAD".equals(method))) {
            audit.record(AuditRecord.of(AccountAuditAction.API_TOKEN_REFUSED,
                    "API_TOKEN", String.valueOf(row.token().id()), request + " (read-only)")
                    .byActor(row.username()));
            return Verdict.READ_ONLY;
        }
        // The token is the credential for machine clients: the second factor belongs to sign-in in a browser.
        RabtaUser user = new RabtaUser(row.userId(), row.username(), row.fullName(), row.agencyId(), row.agencyCode(),
                row.agencyName(), row.agencyNameUr(), row.roles(), row.mustChangePassword(), null, true, false, SecondFactor.NONE);
        SecurityContextHolder.getContext().setAuthentication(new ApiTokenAuthentication(user, row.token().id()));
        store.touch(row.token().id(), now);
        audit.record(AuditRecord.of(AccountAuditAction.API_TOKEN_USED,
                "API_TOKEN", String.valueOf(row.token().id()), request));
        return Verdict.ACCEPTED;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(ApiToken token) {
        return "%s (%s, %s, expires %s)".formatted(token.name(), token.prefix(), token.readOnly() ? "read-only" : "read-write",
                token.expiresAt());
    }
}
