package org.rabta.accounts.apitokens;

import java.time.Instant;

/** A personal API token as its owner sees it on the account page: never the token itself, only its prefix. */
public record ApiToken(long id, String name, String prefix, boolean readOnly, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
