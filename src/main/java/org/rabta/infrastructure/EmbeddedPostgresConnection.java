package org.rabta.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** How Spring Boot connects to an embedded PostgreSQL: its superuser on its own port. */
public final class EmbeddedPostgresConnection {

    private static final String USER = "postgres";

    private EmbeddedPostgresConnection() {
    }

    /** A throw-away test cluster, which trusts local connections. */
    public static JdbcConnectionDetails of(EmbeddedPostgres postgres) {
        return of(postgres.getJdbcUrl(USER, USER), USER);
    }

    /** The zero-setup database, with the password kept in its data directory. */
    public static JdbcConnectionDetails of(EmbeddedPostgresServer postgres) {
        return of(postgres.jdbcUrl(), postgres.password());
    }

    private static JdbcConnectionDetails of(String url, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return USER;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
