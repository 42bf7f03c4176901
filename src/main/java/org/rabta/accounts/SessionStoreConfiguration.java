package org.rabta.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (V4). Two requests of one session that run at the same time (a browser with two tabs,
 * htmx requests in parallel, a request the user gave up on while it still runs) may both add the same attribute,
 * typically the CSRF token the first page after sign-in creates. The store's plain INSERT then fails the second
 * request with a duplicate key, a 500 for the user; PostgreSQL's upsert lets the later value win instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionAttributeWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
