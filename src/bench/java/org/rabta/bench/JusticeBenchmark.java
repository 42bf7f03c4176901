package org.rabta.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rabta.investigations.AlsoAccusedTimings;
import org.rabta.reporting.StatisticsTimings;

/**
 * The investigations benchmark (docs/PERFORMANCE.md, "Investigations and prosecutions"): the annual report with its
 * justice figures through the API (an FIA circle's supervisor: its own investigations; the analyst: the country), the
 * investigation list with its filters and accused name search through the API (an FIA circle's caseworker), each user
 * with a personal API token it creates on the account page (revoked after the API scenarios), the annual report page
 * and the dashboard as signed-in users see them, then the "also accused in" search, the justice figures (read from
 * their monthly rollup) and the dashboard's medians timed directly on PostgreSQL, each statement with its plan: the
 * application's own statements, run by the classes that own them ({@link AlsoAccusedTimings}, {@link StatisticsTimings}).
 * Not a test: it measures, it asserts nothing.
 *
 *   ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.rabta.bench.JusticeBenchmark \
 *          -Dexec.args="--url=http://localhost:8108 --jdbc=jdbc:postgresql://localhost:54308/postgres?user=postgres --pg-data=..."
 *
 * Options: --requests per scenario (100), --sql-runs per statement (50), --year (last year), --explain=false to leave out
 * the plans.
 */
public class JusticeBenchmark {

    public static void main(String[] args) throws Exception {
        Options options = new Options(Map.of("requests", "100", "sql-runs", "50", "explain", "true",
                "year", String.valueOf(LocalDate.now().getYear() - 1)), args);
        int requests = options.integer("requests");
        String year = options.get("year");
        String base = options.get("url");
        Duration timeout = Duration.ofSeconds(30);
        // Each user signs in through the form and creates a personal API token on the account page, as a person
        // would; the API requests carry it (Bearer), so that they measure the API rather than a BCrypt check of a
        // password on every request, as HTTP Basic costs.
        Map<String, Browser> signedIn = new LinkedHashMap<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : List.of("fia.lahore.supervisor", "analyst", "fia.lahore")) {
            Browser browser = Browser.signIn(base, user, options.get("password"), timeout);
            signedIn.put(user, browser);
            tokens.put(user, browser.createApiToken("JusticeBenchmark"));
        }
        try {
            measureApi(base, timeout, tokens, requests, year);
        } finally {
            for (var user : signedIn.entrySet()) {
                user.getValue().revokeApiToken(tokens.get(user.getKey()));
            }
        }

        for (String user : List.of("fia.lahore.supervisor", "analyst")) {
            for (String[] page : List.of(new String[] {"annual report page", "/statistics/annual?year=" + year},
                    new String[] {"dashboard, year", "/statistics?from=" + year + "-01&to=" + year + "-12"})) {
                double[] times = new double[requests];
                for (int i = -requests / 4; i < requests; i++) {
                    long start = System.nanoTime();
                    signedIn.get(user).page(page[1]);
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                System.out.println(Percentiles.row(page[0] + " " + year + ", " + user + " (signed in)", times));
            }
        }

        long lahore;
        try (Connection db = DriverManager.getConnection(options.jdbc())) {
            lahore = single(db, "select id from agency where code = 'FIA-AHTC-LHR'");
            System.out.printf("%ninvestigations: %,d, accused: %,d, events: %,d; FIA Lahore's investigations: %,d%n",
                    single(db, "select count(*) from investigation"), single(db, "select count(*) from accused"),
                    single(db, "select count(*) from accused_event"),
                    single(db, "select count(*) from investigation where registering_agency_id = " + lahore));
            System.out.printf("accused arrested: %,d, charge-sheeted: %,d, with a verdict: %,d, convicted: %,d, acquitted: %,d%n",
                    single(db, "select count(*) from accused where first_arrested_on is not null"),
                    single(db, "select count(*) from accused where first_charge_sheet_on is not null"),
                    single(db, "select count(*) from accused where first_verdict_on is not null"),
                    single(db, "select count(*) from accused where latest_verdict = 'CONVICTED'"),
                    single(db, "select count(*) from accused where latest_verdict = 'ACQUITTED'"));
        }
        // The application's own statements, run by the classes that own them (AccusedService's search, JusticeStatistics).
        int runs = options.integer("sql-runs");
        boolean explain = options.flag("explain");
        try (RecordedStatements database = new RecordedStatements(options.jdbc())) {
            System.out.printf("%n%s%n", Percentiles.header("SQL directly (one connection)"));
            AlsoAccusedTimings.time(database, runs, explain, lahore, "FIA Lahore", "Mohamad Aslam", "Allah Ditta");
            AlsoAccusedTimings.time(database, runs, explain, lahore, "FIA Lahore", "Fatma Bibi", null);
            new StatisticsTimings(database, runs, explain).justice(Integer.parseInt(year), lahore, "FIA Lahore");
        }
    }

    /** The API scenarios, each as its user: a client without cookies (the API keeps no session), with the user's token. */
    private static void measureApi(String base, Duration timeout, Map<String, String> tokens, int requests, String year)
            throws Exception {
        for (String[] scenario : List.of(
                new String[] {"annual report API, FIA circle Lahore (own investigations)", "fia.lahore.supervisor", ""},
                new String[] {"annual report API, country (analyst)", "analyst", ""},
                new String[] {"annual report API, district Lahore (analyst)", "analyst", "&district=PK617"},
                new String[] {"investigation list API, first page (fia.lahore)", "fia.lahore", "/api/v1/investigations"},
                new String[] {"investigation list API, district Sialkot + PTPA s.3", "fia.lahore",
                        "/api/v1/investigations?district=PK634&offence=PTPA_2018_S3"},
                new String[] {"investigation list API, stalled", "fia.lahore", "/api/v1/investigations?stalled=true"},
                new String[] {"investigation list API, accused name 'Mohamad Aslam'", "fia.lahore",
                        "/api/v1/investigations?q=Mohamad%20Aslam"},
                new String[] {"investigation list API, accused name 'Fatma Bibi'", "fia.lahore",
                        "/api/v1/investigations?q=Fatma%20Bibi"})) {
            Browser asUser = Browser.api(base, timeout, tokens.get(scenario[1]));
            String path = scenario[2].startsWith("/") ? scenario[2] : "/api/v1/reports/annual?year=" + year + scenario[2];
            double[] times = new double[requests];
            String body = null;
            for (int i = -requests / 4; i < requests; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = asUser.get(path);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(scenario[0] + ": HTTP " + response.statusCode());
                }
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
                body = response.body();
            }
            System.out.println(Percentiles.row(scenario[0], times));
            System.out.println("    " + (body.contains("\"justice\"") ? body.substring(body.indexOf("\"justice\""))
                    : body.substring(0, Math.min(160, body.length()))));
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
