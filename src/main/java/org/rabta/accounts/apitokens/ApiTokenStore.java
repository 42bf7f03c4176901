package org.rabta.accounts.apitokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code api_token}; a token is found by the SHA-256 of what the client sends, with its user in the same query. */
@Component
@RequiredArgsConstructor
class ApiTokenStore {

    /** A token with what decides, at the moment of use, whether its user may act. */
    record Presented(ApiToken token, long userId, String username, String fullName, boolean userActive,
                     Instant lockedUntil, boolean mustChangePassword, long agencyId, String agencyCode, String agencyName,
                     String agencyNameUr, boolean agencyActive, Set<Role> roles) {
    }

    private static final String COLUMNS = "t.id, t.name, t.token_prefix, t.read_only, t.created_at, t.expires_at, t.revoked_at, t.last_used_at";

    private final JdbcClient jdbc;

    long insert(long userId, String name, String prefix, String hash, boolean readOnly, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("""
                        insert into api_token (user_id, name, token_prefix, token_hash, read_only, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(userId, name, prefix, hash, readOnly, Timestamp.from(createdAt), Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    List<ApiToken> ofUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from api_token t where t.user_id = ? order by t.created_at desc, t.id desc")
                .param(userId).query((rs, row) -> token(rs)).list();
    }

    Optional<ApiToken> ofUser(long userId, long tokenId) {
        return jdbc.sql("select " + COLUMNS + " from api_token t where t.user_id = ? and t.id = ?")
                .params(userId, tokenId).query((rs, row) -> token(rs)).optional();
    }

    boolean revoke(long userId, long tokenId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where user_id = ? and id = ? and revoked_at is null")
                .params(Timestamp.from(now), userId, tokenId).update() == 1;
    }

    Optional<Presented> byHash(String hash) {
        return jdbc.sql("select " + COLUMNS + """
                        , u.id, u.username, u.full_name, u.active, u.locked_until, u.must_change_password,
                          a.id, a.code, a.name, a.name_ur, a.active,
                          array(select r.role from app_user_role r where r.user_id = u.id) as roles
                        from api_token t join app_user u on u.id = t.user_id join agency a on a.id = u.agency_id
                        where t.token_hash = ?""")
                .param(hash)
                .query((rs, row) -> new Presented(token(rs), rs.getLong(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                        instant(rs, 13), rs.getBoolean(14), rs.getLong(15), rs.getString(16), rs.getString(17), rs.getString(18),
                        rs.getBoolean(19), roles((String[]) rs.getArray(20).getArray())))
                .optional();
    }

    /** At most one write a minute per token: "last used" is shown to the minute. */
    void touch(long tokenId, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), tokenId, Timestamp.from(now.minusSeconds(60))).update();
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), instant(rs, 5), instant(rs, 6),
                instant(rs, 7), instant(rs, 8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Set<Role> roles(String[] names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
