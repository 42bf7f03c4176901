package org.rabta.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rabta.infrastructure.EmbeddedPostgresConnection;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for every test that touches data: a Testcontainers {@code postgres:17} when a
 * Docker engine answers, otherwise the embedded PostgreSQL 17 binaries. One instance per test JVM,
 * shared by all tests through Spring's context cache.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean(destroyMethod = "close")
    @Conditional(DockerUnavailable.class)
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().start();
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return EmbeddedPostgresConnection.of(postgres);
    }

    static final class DockerAvailable implements Condition {

        private static final boolean AVAILABLE = detect();

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return AVAILABLE;
        }

        private static boolean detect() {
            // Ask Testcontainers only where a Docker engine could be: its probing is slow and loud otherwise.
            if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
                return false;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    static final class DockerUnavailable implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DockerAvailable.AVAILABLE;
        }
    }
}
