package org.rabta.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's own classes run over one plain connection, each statement they prepare recorded with the values
 * bound to it: a benchmark times a call of the class that owns the SQL (so that a change to that SQL is measured
 * without anyone editing the benchmark) and explains the statements the call ran.
 */
public final class RecordedStatements implements AutoCloseable {

    /** A statement the application prepared, with the values it bound, by position. */
    public record Statement(String sql, Map<Integer, Object> values) {
    }

    private final List<Statement> recorded = new ArrayList<>();
    private final SingleConnectionDataSource connection;
    private final DataSource database;
    private final TransactionTemplate readOnly;

    /** One connection, so that a timing is the time of the statements, not of signing in to PostgreSQL. */
    public RecordedStatements(String jdbcUrl) {
        connection = new SingleConnectionDataSource(jdbcUrl, true);
        database = recording(connection, recorded);
        readOnly = new TransactionTemplate(new DataSourceTransactionManager(database));
        readOnly.setReadOnly(true);
    }

    /** The recording data source, to build the application's classes on. */
    public DataSource dataSource() {
        return database;
    }

    /**
     * Times {@code call}, each run in a read-only transaction as the application runs it, after a fifth as many runs
     * to warm up; prints its row of percentiles and, when {@code explain}, the plan of each statement of its last run.
     */
    public void time(String name, int runs, boolean explain, Runnable call) {
        double[] times = new double[runs];
        for (int i = -Math.max(1, runs / 5); i < runs; i++) {
            recorded.clear();
            long start = System.nanoTime();
            readOnly.executeWithoutResult(status -> call.run());
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        System.out.println(Percentiles.row(name, times));
        if (explain) {
            explain(List.copyOf(recorded));
        }
    }

    /** Runs the statements of one call again in one transaction, each query explained, its planner settings as they were. */
    private void explain(List<Statement> statements) {
        try (Connection db = database.getConnection()) {
            db.setAutoCommit(false);
            for (Statement statement : statements) {
                boolean query = statement.sql().strip().startsWith("select") || statement.sql().strip().startsWith("with");
                try (PreparedStatement explained = db.prepareStatement(
                        (query ? "explain (analyze, buffers) " : "") + statement.sql())) {
                    for (Map.Entry<Integer, Object> value : statement.values().entrySet()) {
                        explained.setObject(value.getKey(), value.getValue());
                    }
                    if (!query) {
                        explained.execute();
                        continue;
                    }
                    System.out.printf("%n-- %s%n", statement.sql());
                    try (ResultSet plan = explained.executeQuery()) {
                        while (plan.next()) {
                            System.out.println(plan.getString(1));
                        }
                    }
                }
            }
            db.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.println();
    }

    @Override
    public void close() {
        connection.destroy();
    }

    /** The data source, each statement prepared on it recorded with the values bound to it (to explain them). */
    private static DataSource recording(DataSource target, List<Statement> log) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return proxy(Connection.class, connection, (method, args, result) -> {
                    if (!method.getName().equals("prepareStatement")) {
                        return result;
                    }
                    Statement statement = new Statement((String) args[0], new TreeMap<>());
                    log.add(statement);
                    return proxy(PreparedStatement.class, (PreparedStatement) result, (set, values, none) -> {
                        if (set.getName().startsWith("set") && values != null && values.length >= 2
                                && values[0] instanceof Integer index) {
                            statement.values().put(index, set.getName().equals("setNull") ? null : values[1]);
                        }
                        return none;
                    });
                });
            }
        };
    }

    private interface AfterCall {
        Object after(Method method, Object[] args, Object result) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return after.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
