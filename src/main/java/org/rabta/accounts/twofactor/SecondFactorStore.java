package org.rabta.accounts.twofactor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The authenticator and recovery codes of each user (tables {@code user_totp}, {@code user_recovery_code}).
 * Every "use" is one conditional UPDATE, so two requests racing with the same code cannot both succeed.
 */
@Component
@RequiredArgsConstructor
class SecondFactorStore {

    record Authenticator(String encryptedSecret, Instant confirmedAt, Long lastUsedStep) {
        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    Optional<Authenticator> find(long userId) {
        return jdbc.sql("select secret, confirmed_at, last_used_step from user_totp where user_id = ?")
                .param(userId)
                .query((rs, row) -> {
                    OffsetDateTime confirmedAt = rs.getObject(2, OffsetDateTime.class);
                    return new Authenticator(rs.getString(1), confirmedAt == null ? null : confirmedAt.toInstant(), (Long) rs.getObject(3));
                })
                .optional();
    }

    /** Whether the user may sign in at all right now: active, in an active agency, not locked. */
    boolean maySignIn(long userId, Instant now) {
        return jdbc.sql("""
                        select u.active and a.active and (u.locked_until is null or u.locked_until <= ?)
                        from app_user u join agency a on a.id = u.agency_id where u.id = ?""")
                .params(Timestamp.from(now), userId).query(Boolean.class).optional().orElse(false);
    }

    boolean isEnrolled(long userId) {
        return jdbc.sql("select exists (select 1 from user_totp where user_id = ? and confirmed_at is not null)")
                .param(userId).query(Boolean.class).single();
    }

    /** Keeps a new, unconfirmed secret; never replaces a confirmed one. */
    void savePending(long userId, String encryptedSecret, Instant now) {
        jdbc.sql("""
                        insert into user_totp (user_id, secret, created_at) values (?, ?, ?)
                        on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at
                        where user_totp.confirmed_at is null""")
                .params(userId, encryptedSecret, Timestamp.from(now)).update();
    }

    /** Confirms the pending secret with the step of the code that proved it; false if it was confirmed meanwhile. */
    boolean confirm(long userId, long step, Instant now) {
        return jdbc.sql("update user_totp set confirmed_at = ?, last_used_step = ? where user_id = ? and confirmed_at is null")
                .params(Timestamp.from(now), step, userId).update() == 1;
    }

    /** Records the step of an accepted code; false when this or a later step was already used (a replay). */
    boolean useStep(long userId, long step) {
        return jdbc.sql("""
                        update user_totp set last_used_step = ?
                        where user_id = ? and confirmed_at is not null and (last_used_step is null or last_used_step < ?)""")
                .params(step, userId, step).update() == 1;
    }

    void delete(long userId) {
        jdbc.sql("delete from user_recovery_code where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_totp where user_id = ?").param(userId).update();
    }

    void replaceRecoveryCodes(long userId, List<String> hashes) {
        jdbc.sql("delete from user_recovery_code where user_id = ?").param(userId).update();
        for (String hash : hashes) {
            jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (?, ?)").params(userId, hash).update();
        }
    }

    /** Marks an unused recovery code used; false if there is none with this hash. */
    boolean useRecoveryCode(long userId, String hash, Instant now) {
        return jdbc.sql("update user_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(now), userId, hash).update() == 1;
    }

    int remainingRecoveryCodes(long userId) {
        return jdbc.sql("select count(*) from user_recovery_code where user_id = ? and used_at is null")
                .param(userId).query(Integer.class).single();
    }
}
