package org.rabta.infrastructure;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Tells, from whatever a request failed with, whether PostgreSQL could not be reached (or the connection pool had
 * none to give), so that the failure is answered as a temporary 503 and not as a wrong password or an error of
 * Rabta's. The frameworks wrap the driver's exception in their own ({@code CannotCreateTransactionException},
 * {@code CannotGetJdbcConnectionException}, Hibernate's {@code JDBCConnectionException}, Spring Security's
 * {@code InternalAuthenticationServiceException}, a {@code ServletException}); the {@link SQLException} at the bottom
 * says what happened, so the causes are walked down to it.
 */
public final class DatabaseOutage {

    /** What the database's absence looks like from here. */
    public enum Kind {
        /** No connection could be made, or one broke: PostgreSQL is stopped, starting, or out of reach. */
        UNREACHABLE,
        /** The pool's connections were all in use for its whole connection timeout, with the database up. */
        POOL_EXHAUSTED
    }

    private static final int MAX_DEPTH = 20;
    private static final String POOL_PACKAGE = "com.zaxxer.hikari.";

    private DatabaseOutage() {
    }

    /** The kind of outage behind this failure, or empty when the database had nothing to do with it. */
    public static Optional<Kind> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timeout && timeout.getCause() == null && timeout.getSQLState() == null) {
                // HikariCP's "Connection is not available, request timed out": with no connection failure behind it,
                // the pool was merely busy.
                return Optional.of(Kind.POOL_EXHAUSTED);
            }
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return Optional.of(Kind.UNREACHABLE);
            }
        }
        return Optional.empty();
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, not established) and PostgreSQL's 57P01–57P03
     * (terminated by an administrator or a shutdown, cannot connect now: the server is starting or stopping); or the
     * stateless "Connection is closed" of a pooled connection that HikariCP closed because the server broke it, which
     * is what a transaction's rollback meets when the server stopped during its request (and the rollback's exception
     * then replaces the server's own).
     */
    private static boolean unreachable(SQLException exception) {
        String state = exception.getSQLState();
        if (state == null) {
            StackTraceElement[] thrownAt = exception.getStackTrace();
            return exception instanceof SQLTransientConnectionException
                    || thrownAt.length > 0 && thrownAt[0].getClassName().startsWith(POOL_PACKAGE);
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
