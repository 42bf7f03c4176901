package org.rabta.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** How Spring Boot connects to an embedded PostgreSQL: its default superuser on its own port. */
public final class EmbeddedPostgresConnection {

    private static final String USER = "postgres";

    private EmbeddedPostgresConnection() {
    }

    public static JdbcConnectionDetails of(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl(USER, USER);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return USER;
            }

            @Override
            public String getPassword() {
                return USER;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
