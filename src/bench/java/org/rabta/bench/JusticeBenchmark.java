package org.rabta.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The investigations benchmark (docs/PERFORMANCE.md, "Investigations and prosecutions"): the annual report with its
 * justice figures through the API (an FIA circle's supervisor: its own investigations; the analyst: the country), the
 * investigation list with its filters and accused name search through the API (an FIA circle's caseworker), each user
 * with a personal API token it creates on the account page (revoked after the API scenarios), the annual report page
 * and the dashboard as signed-in users see them, then the SQL of the "also accused in" search, of the justice figures
 * (read from their monthly rollup) and of the dashboard's medians timed directly on PostgreSQL, each with its plan. Not
 * a test: it measures, it asserts nothing.
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

        try (Connection db = DriverManager.getConnection(options.jdbc())) {
            long lahore = single(db, "select id from agency where code = 'FIA-AHTC-LHR'");
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
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("also accused in: 'Mohamad Aslam' s/o 'Allah Ditta' (FIA Lahore)", alsoAccusedIn(lahore, "Mohamad Aslam", "Allah Ditta"));
            queries.put("also accused in: 'Fatma Bibi' (FIA Lahore)", alsoAccusedIn(lahore, "Fatma Bibi", ""));
            queries.put("justice figures, FIA Lahore " + year, justice(year, "r.registering_agency_id = " + lahore));
            queries.put("justice figures, country " + year, justice(year, "true"));
            queries.put("justice medians, FIA Lahore " + year, medians(year, "r.registering_agency_id = " + lahore));
            queries.put("justice medians, country " + year, medians(year, "true"));
            try (Statement statement = db.createStatement()) {
                statement.execute("set pg_trgm.similarity_threshold = 0.5");
            }
            System.out.println();
            for (var query : queries.entrySet()) {
                double[] times = new double[options.integer("sql-runs")];
                for (int i = -times.length / 5; i < times.length; i++) {
                    long start = System.nanoTime();
                    try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(query.getValue())) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                System.out.println(Percentiles.row(query.getKey() + " (SQL)", times));
                if (Boolean.parseBoolean(options.get("explain"))) {
                    try (Statement statement = db.createStatement();
                         ResultSet plan = statement.executeQuery("explain (analyze, buffers) " + query.getValue())) {
                        while (plan.next()) {
                            System.out.println("    " + plan.getString(1));
                        }
                    }
                }
            }
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

    /**
     * The statement of AccusedService.alsoAccusedIn (keep in step with it) for an accused without CNIC: the CNIC part
     * then finds nothing, the names are read nearest first.
     */
    private static String alsoAccusedIn(long agency, String name, String father) {
        String key = "rabta_name_key('" + name + "')";
        String condition = "(" + key + " is not null and k.name_key % " + key + " and (a.father_key is null or rabta_name_key('"
                + father + "') is null or similarity(a.father_key, rabta_name_key('" + father + "')) >= 0.4))";
        return """
                select id, investigation_id, fir_number, cnic_match
                from ((select a.id, a.investigation_id, i.fir_number, i.registered_on, true as cnic_match, cast(0 as real) as distance
                       from accused a join investigation i on i.id = a.investigation_id
                       where a.registering_agency_id = cast(%1$d as bigint) and a.investigation_id <> -1 and a.cnic = cast(null as varchar)
                       order by i.registered_on desc, a.id limit 10)
                      union all
                      (select a.id, a.investigation_id, i.fir_number, i.registered_on, false, k.name_key <-> %2$s
                       from accused_name_key k join accused a
                            on a.registering_agency_id = k.registering_agency_id and a.name_key = k.name_key
                       join investigation i on i.id = a.investigation_id
                       where k.registering_agency_id = cast(%1$d as bigint) and a.investigation_id <> -1
                         and not coalesce(a.cnic = cast(null as varchar), false) and %3$s
                       order by k.name_key <-> %2$s limit 10)) found
                order by cnic_match desc, distance, registered_on desc, id limit 10""".formatted(agency, key, condition);
    }

    /** The statement of JusticeStatistics.count (keep in step with it), for a year and one area condition. */
    private static String justice(String year, String area) {
        return """
                select to_char(r.month, 'YYYY-MM') as month, r.figure, sum(r.n) as n
                from justice_statistics r join district d on d.code = r.district_code
                join agency a on a.id = r.registering_agency_id
                where r.month between '%1$s-01-01' and '%1$s-12-01' and %2$s
                group by 1, 2 having sum(r.n) <> 0""".formatted(year, area);
    }

    /** The statement of JusticeStatistics.medians (keep in step with it), for a year and one area condition. */
    private static String medians(String year, String area) {
        return """
                with day_counts as (
                    select r.measure, r.days, sum(r.n) as n
                    from justice_durations r join district d on d.code = r.district_code
                    join agency a on a.id = r.registering_agency_id
                    where r.month between '%1$s-01-01' and '%1$s-12-01' and %2$s
                    group by r.measure, r.days having sum(r.n) > 0),
                running as (
                    select measure, days, sum(n) over (partition by measure order by days) as up_to,
                           sum(n) over (partition by measure) as total
                    from day_counts)
                select measure, max(total) as total,
                       (min(days) filter (where up_to >= ceil(total / 2))
                        + min(days) filter (where up_to >= floor(total / 2) + 1)) / 2.0 as median
                from running group by measure""".formatted(year, area);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
