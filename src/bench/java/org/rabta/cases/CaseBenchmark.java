package org.rabta.cases;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.rabta.bench.Browser;
import org.rabta.bench.LoadRunner;
import org.rabta.bench.Options;
import org.rabta.bench.Percentiles;
import org.rabta.cases.CaseFilter.AgeGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case registry benchmark (docs/PERFORMANCE.md): signed-in clients request the case list, filtered pages, a
 * fuzzy name search and case pages of a running Rabta concurrently and report the percentiles per scenario; then
 * the case list's own query ({@link CaseSearch}, the class the application runs, over a plain connection) is timed
 * directly against PostgreSQL for each scenario and each statement it ran is explained. Not a test: it measures, it
 * asserts nothing. Lives in the package of {@link CaseSearch}, which the application keeps package-private.
 *
 *   ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.rabta.cases.CaseBenchmark \
 *          -Dexec.args="--url=http://localhost:8080 --pg-data=data/postgres"
 *
 * Options: --user (a demo caseworker by default), --password, --clients (8), --requests per scenario (400),
 * --explain=false to leave out the query plans, --jdbc (the zero-setup database; see {@link Options}). Run it
 * with --clients=1, 2 and 8 to see how the load scales.
 */
public class CaseBenchmark {

    record Scenario(String name, CaseFilter filter) {

        /** The list page's address for the filter: the parameters it sets, as {@link CaseFilter#terms()} names them. */
        String path() {
            return "/cases?" + Arrays.stream(filter.terms().split(", "))
                    .map(term -> term.split("=", 2))
                    .map(term -> term[0] + "=" + Browser.enc(term[1]))
                    .collect(Collectors.joining("&"));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(Map.of("user", "fia.lahore", "clients", "8", "requests", "400", "explain", "true"),
                args);
        int requests = options.integer("requests");
        List<Statement> recorded = new ArrayList<>();
        // one connection, as the old direct timings had: the time of a search, not of signing in to PostgreSQL
        DataSource database = recording(new SingleConnectionDataSource(options.jdbc(), true), recorded);
        JdbcClient jdbc = JdbcClient.create(database);

        long agencyId = jdbc.sql("select agency_id from app_user where username = ?").param(options.get("user"))
                .query(Long.class).single();
        List<String> caseNumbers = jdbc.sql("select case_number from victim_case where owning_agency_id = ? "
                + "order by random() limit 500").param(agencyId).query(String.class).list();
        System.out.printf("Agency %d owns %,d of %,d cases%n", agencyId,
                jdbc.sql("select count(*) from victim_case where owning_agency_id = ?").param(agencyId).query(Long.class).single(),
                jdbc.sql("select count(*) from victim_case").query(Long.class).single());

        CaseFilter all = CaseFilter.empty();
        List<Scenario> scenarios = List.of(
                new Scenario("list, first page", all),
                new Scenario("filtered: district Lahore, child, follow-up", new CaseFilter(null, CaseStatus.FOLLOW_UP,
                        "PK617", null, null, AgeGroup.CHILD, null, null, null, null, null, null, null, 0, null)),
                new Scenario("filtered: female, bonded labour, 2024", new CaseFilter(null, null, null, null, Sex.FEMALE,
                        null, ExploitationType.BONDED_LABOUR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null,
                        null, null, 0, null)),
                new Scenario("list, page 3", all.withPage(2)),
                new Scenario("name search \"Mohamad Aslam\"", all.withQuery("Mohamad Aslam")),
                new Scenario("name search \"Fatma Bibi\"", all.withQuery("Fatma Bibi")));

        try (LoadRunner load = LoadRunner.signedIn(options, options.get("user"), options.integer("clients"))) {
            load.printHeader(requests);
            for (Scenario scenario : scenarios) {
                load.measure(scenario.name(), requests, scenario::path);
            }
            load.measure("case page", requests,
                    () -> "/cases/" + caseNumbers.get(ThreadLocalRandom.current().nextInt(caseNumbers.size())));
        }

        CaseSearch search = new CaseSearch(jdbc);
        TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(database));
        readOnly.setReadOnly(true);
        System.out.printf("%n%s%n", Percentiles.header("CaseSearch directly (one connection)"));
        for (Scenario scenario : scenarios) {
            double[] times = new double[60];
            for (int i = -10; i < times.length; i++) {
                recorded.clear();
                long start = System.nanoTime();
                readOnly.executeWithoutResult(status -> search.search(agencyId, scenario.filter()));
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            System.out.println(Percentiles.row(scenario.name(), times));
            if (options.flag("explain")) {
                explain(database, List.copyOf(recorded));
            }
        }
    }

    /** A statement the application prepared, with the values it bound, by position. */
    record Statement(String sql, Map<Integer, Object> values) {
    }

    /** Runs the statements of one search again in one transaction, each query explained, its planner settings as they were. */
    private static void explain(DataSource database, List<Statement> statements) throws SQLException {
        try (Connection db = database.getConnection()) {
            db.setAutoCommit(false);
            for (Statement statement : statements) {
                boolean query = statement.sql().startsWith("select");
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
        }
        System.out.println();
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

    interface AfterCall {
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
