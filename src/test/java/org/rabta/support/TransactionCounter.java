package org.rabta.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the database transactions the application runs, as PostgreSQL counts them in
 * {@code pg_stat_database} ({@code xact_commit + xact_rollback}), but exactly and at once: the application's
 * {@link DataSource} is wrapped so that every statement run in auto-commit mode counts as one transaction, and
 * every commit or rollback of a connection that ran a statement since its last one counts as one. A commit of
 * a transaction that never ran a statement sends nothing to the server and counts nothing, as on the server.
 * Only work done on the threads that serve HTTP requests is counted, so that scheduled jobs (the session
 * store's clean-up) cannot disturb a count.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TransactionCounter {

    private static final Set<String> STATEMENT_RUNS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    /** Each transaction counted: the thread that ran it and its statements, so that a count over a ceiling says why. */
    private final List<String> counted = new ArrayList<>();

    /** Transactions counted so far; take the difference around the request to measure. */
    public synchronized long transactions() {
        return counted.size();
    }

    /** The transactions counted since {@code mark} (a {@link #transactions()} taken before), described. */
    public synchronized List<String> countedSince(long mark) {
        return List.copyOf(counted.subList((int) mark, counted.size()));
    }

    private synchronized void count(List<String> statements) {
        if (onRequestThread()) {
            counted.add(Thread.currentThread().getName() + ": " + String.join(" | ", statements));
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource(TransactionCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? counter.wrap(dataSource) : bean;
            }
        };
    }

    private DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (method, args) -> {
            Object result = invoke(dataSource, method, args);
            return result instanceof Connection connection ? new CountedConnection(connection).proxy() : result;
        });
    }

    private static boolean onRequestThread() {
        // Tomcat's request threads: "http-nio-<port>-exec-<n>" (platform threads).
        return Thread.currentThread().getName().contains("-exec-");
    }

    private final class CountedConnection {

        private final Connection connection;
        private final List<String> statementsSinceEnd = new ArrayList<>();
        private boolean autoCommit;

        CountedConnection(Connection connection) throws Exception {
            this.connection = connection;
            this.autoCommit = connection.getAutoCommit();
        }

        Connection proxy() {
            return TransactionCounter.proxy(Connection.class, connection, (method, args) -> {
                String name = method.getName();
                if (name.equals("setAutoCommit")) {
                    boolean on = (Boolean) args[0];
                    if (on && !autoCommit) {
                        // Switching auto-commit on commits what is open (JDBC).
                        ended();
                    }
                    autoCommit = on;
                } else if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                    ended();
                }
                Object result = invoke(connection, method, args);
                if (result instanceof Statement statement) {
                    String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
                    return countedStatement(statement, method.getReturnType(), prepared);
                }
                return result;
            });
        }

        private Object countedStatement(Statement statement, Class<?> type, String prepared) {
            Class<? extends Statement> kind = type == CallableStatement.class ? CallableStatement.class
                    : type == PreparedStatement.class ? PreparedStatement.class : Statement.class;
            return TransactionCounter.proxy(kind, statement, (method, args) -> {
                if (STATEMENT_RUNS.contains(method.getName())) {
                    ran(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
                }
                return invoke(statement, method, args);
            });
        }

        private void ran(String sql) {
            statementsSinceEnd.add(String.valueOf(sql));
            if (autoCommit) {
                ended();
            }
        }

        private void ended() {
            if (!statementsSinceEnd.isEmpty()) {
                count(statementsSinceEnd);
            }
            statementsSinceEnd.clear();
        }
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(method, args);
        };
        return type.cast(Proxy.newProxyInstance(TransactionCounter.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
