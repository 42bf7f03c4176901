package org.rabta.accounts;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.rabta.web.PageTransactions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (V4), read and written through {@link SessionStore}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * Two requests of one session that run at the same time (a browser with two tabs, htmx requests in parallel, a
     * request the user gave up on while it still runs) may both add the same attribute, typically the CSRF token the
     * first page after sign-in creates. The store's plain INSERT then fails the second request with a duplicate key,
     * a 500 for the user; PostgreSQL's upsert lets the later value win instead.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionAttributeWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Within a page's transaction (web.PageTransactions) the store's work joins it, so that reading the session is not
     * a transaction of its own; anywhere else each of its reads and writes runs in a new transaction, Spring Session's
     * default, so that a session ended or changed during a form's work stays ended even if that work is rolled back,
     * and never runs inside a read-only transaction.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate joining = new TransactionTemplate(transactions);
        TransactionTemplate apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return (PageTransactions.isActive() ? joining : apart).execute(action);
            }
        };
    }

    @Bean
    static BeanPostProcessor sessionStore() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new SessionStore(jdbc) : bean;
            }
        };
    }

    /** Just outside Spring Session's filter, which reads the session. */
    @Bean
    FilterRegistrationBean<SessionStore.OneReadPerRequest> oneSessionReadPerRequest() {
        FilterRegistrationBean<SessionStore.OneReadPerRequest> registration =
                new FilterRegistrationBean<>(new SessionStore.OneReadPerRequest());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
