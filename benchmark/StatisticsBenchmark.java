import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics benchmark (docs/PERFORMANCE.md, "Statistics"): signed-in clients request the country dashboard and
 * the annual report of a running Rabta concurrently and report p50/p95 per scenario; then the statistics SQL is
 * timed directly and explained. Not a test: it measures, it asserts nothing. Run with the PostgreSQL driver on the
 * class path:
 *
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar benchmark/StatisticsBenchmark.java \
 *        --url=http://localhost:8160 --jdbc=jdbc:postgresql://localhost:54360/postgres?user=postgres
 *
 * Options: --user, --password (the demo analyst by default), --clients (4), --requests per scenario (200),
 * --year (last year), --explain=false to leave out the query plans, and --load=N to first add N made-up cases with
 * plain SQL (each batch is one statement, so the statistics triggers run once per batch as for a bulk import).
 */
public class StatisticsBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final int LOAD_BATCH = 50_000;
    private static String basic;

    record Scenario(String name, String path) {
    }

    public static void main(String[] args) throws Exception {
        int lastYear = LocalDate.now().getYear() - 1;
        Map<String, String> options = new LinkedHashMap<>(Map.of("url", "http://localhost:8080",
                "jdbc", "jdbc:postgresql://localhost:54329/postgres?user=postgres", "user", "analyst",
                "password", "Rabta-demo-2026", "clients", "4", "requests", "200", "explain", "true",
                "year", String.valueOf(lastYear), "load", "0"));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        String base = options.get("url");
        int clients = Integer.parseInt(options.get("clients"));
        int requests = Integer.parseInt(options.get("requests"));
        String year = options.get("year");

        try (Connection db = DriverManager.getConnection(options.get("jdbc"))) {
            int load = Integer.parseInt(options.get("load"));
            if (load > 0) {
                load(db, load);
            }
            System.out.printf("%,d cases, %,d persons, %,d rows of case_statistics%n",
                    single(db, "select count(*) from victim_case"), single(db, "select count(*) from counted_victim_case"),
                    single(db, "select count(*) from case_statistics"));
        }

        List<Scenario> scenarios = List.of(
                new Scenario("dashboard, country, last 12 months", "/statistics"),
                new Scenario("dashboard, country, year " + year, "/statistics?from=" + year + "-01&to=" + year + "-12"),
                new Scenario("dashboard, Punjab, NGO-identified", "/statistics?province=PK6&agencyType=NGO"),
                new Scenario("annual report API, country " + year, "/api/v1/reports/annual?year=" + year),
                new Scenario("annual report API, district Lahore", "/api/v1/reports/annual?year=" + year + "&province=PK6&district=PK617"),
                new Scenario("annual report page, country", "/statistics/annual?year=" + year));

        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sessions.add(signIn(base, options.get("user"), options.get("password")));
        }
        // The API is stateless: HTTP Basic on every request.
        basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (options.get("user") + ":" + options.get("password")).getBytes(StandardCharsets.UTF_8));
        System.out.printf("%d signed-in clients, %d requests per scenario after %d warm-up requests%n%n", clients, requests, requests / 4);
        System.out.printf("%-46s %8s %8s %8s %8s %8s%n", "HTTP (concurrent)", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (Scenario scenario : scenarios) {
            run(pool, sessions, base, scenario, requests / 4);
            long started = System.nanoTime();
            double[] times = run(pool, sessions, base, scenario, requests);
            double seconds = (System.nanoTime() - started) / 1e9;
            print(scenario.name(), times, requests / seconds);
        }
        pool.shutdown();

        try (Connection db = DriverManager.getConnection(options.get("jdbc"))) {
            direct(db, Boolean.parseBoolean(options.get("explain")));
        }
    }

    // ------------------------------------------------------------------ made-up cases

    /**
     * Cases spread over the last eight years, every district, the agencies that exist; a mix of sexes and ages like
     * the published figures (about half women, a third men, a fifth children, 1% transgender, some unrecorded) and
     * one or two exploitation types. Case numbers use the prefix "XB" so they never meet real ones.
     */
    private static void load(Connection db, int cases) throws SQLException {
        db.setAutoCommit(false);
        long start = System.nanoTime();
        long offset = single(db, "select coalesce(max(id), 0) from victim_case");
        try (Statement statement = db.createStatement()) {
            statement.execute("create temporary table bench_district as select row_number() over (order by code) as n, code, "
                    + "province_code from district");
            statement.execute("create temporary table bench_agency as select row_number() over (order by id) as n, id from agency");
        }
        db.commit();
        long districts = single(db, "select count(*) from bench_district");
        long agencies = single(db, "select count(*) from bench_agency");
        for (int done = 0; done < cases; done += LOAD_BATCH) {
            int batch = Math.min(LOAD_BATCH, cases - done);
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into victim_case (case_number, owning_agency_id, identifying_agency_id, identified_on, district_code,
                        province_code, how_identified, sex, age_years, exploitation_types, created_at, created_by, updated_at,
                        updated_by)
                    select 'XB-' || (2000 + (g / 1000000) % 100) || '-' || lpad((g % 1000000)::text, 6, '0'), a.id, a.id,
                           current_date - (random() * 2920)::int, d.code, d.province_code, 'RESCUE',
                           case when r < 0.48 then 'FEMALE' when r < 0.96 then 'MALE' when r < 0.97 then 'TRANSGENDER' else 'UNKNOWN' end,
                           case when random() < 0.03 then null when random() < 0.22 then (random() * 17)::int else 18 + (random() * 60)::int end,
                           case when random() < 0.5 then array[t1] when random() < 0.8 then array[t1, t2] else '{}' end,
                           now(), 'benchmark', now(), 'benchmark'
                    from (select g, random() as r, 1 + (g * 7919) % ? as dn, 1 + (g * 104729) % ? as an,
                                 (array['FORCED_LABOUR','BONDED_LABOUR','DOMESTIC_SERVITUDE','SEXUAL_EXPLOITATION','FORCED_MARRIAGE',
                                        'FORCED_BEGGING','FORCED_CRIMINALITY','ORGAN_REMOVAL','OTHER'])[1 + (g % 9)]::varchar as t1,
                                 (array['FORCED_LABOUR','BONDED_LABOUR','DOMESTIC_SERVITUDE','SEXUAL_EXPLOITATION'])[1 + (g % 4)]::varchar as t2
                          from generate_series(?::bigint, ?::bigint) g) s
                    join bench_district d on d.n = s.dn
                    join bench_agency a on a.n = s.an""")) {
                insert.setLong(1, districts);
                insert.setLong(2, agencies);
                insert.setLong(3, offset + done + 1);
                insert.setLong(4, offset + done + batch);
                insert.executeUpdate();
            }
            db.commit();
            System.out.printf("loaded %,d of %,d cases%n", done + batch, cases);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("analyze victim_case");
            statement.execute("analyze case_statistics");
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf("loaded %,d cases in %.0f s%n", cases, (System.nanoTime() - start) / 1e9);
    }

    // ------------------------------------------------------------------ HTTP

    private static HttpClient signIn(String base, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("Sign-in failed for " + user);
        }
        return client;
    }

    private static double[] run(ExecutorService pool, List<HttpClient> sessions, String base, Scenario scenario, int requests)
            throws Exception {
        double[] times = new double[requests];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (HttpClient session : sessions) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + scenario.path()));
                    if (scenario.path().startsWith("/api/")) {
                        builder.header("Authorization", basic);
                    }
                    HttpRequest request = builder.build();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = session.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    times[i] = (System.nanoTime() - start) / 1e6;
                    if (response.statusCode() != 200 || response.uri().getPath().startsWith("/login")) {
                        throw new IllegalStateException(scenario.name() + ": HTTP " + response.statusCode() + " for " + request.uri());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return times;
    }

    // ------------------------------------------------------------------ the same SQL, directly

    /** The statements CaseStatistics runs (keep in step with it): rollups for the country, detail for a district. */
    private static void direct(Connection db, boolean explain) throws SQLException {
        LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
        String twelveMonths = "s.month >= '" + thisMonth.minusMonths(11) + "' and s.month <= '" + thisMonth + "'";
        Map<String, String> queries = new LinkedHashMap<>();
        String rollupMonths = twelveMonths.replace("s.month", "r.month");
        queries.put("rollup sex and age, country, 12 months", rollupSexAge(rollupMonths));
        queries.put("rollup exploitation, country, 12 months", "select r.exploitation_type, sum(r.persons) from "
                + "case_statistics_exploitation r where " + rollupMonths + " group by 1 having sum(r.persons) > 0");
        queries.put("rollup district, country, 12 months", "select r.district_code, sum(r.persons) from "
                + "case_statistics_district r where " + rollupMonths + " group by 1 having sum(r.persons) > 0");
        queries.put("rollup sex and age, Punjab, NGO", rollupSexAge(rollupMonths + " and r.province_code = 'PK6' and r.agency_type = 'NGO'"));
        queries.put("detail: dashboard, district Lahore, 12 months", dashboard(twelveMonths + " and s.district_code = 'PK617'"));
        queries.put("detail: dashboard, country (no rollups)", dashboard(twelveMonths));

        System.out.printf("%n%-46s %8s %8s%n", "SQL directly (one connection)", "p50 ms", "p95 ms");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            double[] times = new double[40];
            for (int i = -5; i < times.length; i++) {
                long start = System.nanoTime();
                try (PreparedStatement statement = db.prepareStatement(query.getValue()); ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            System.out.printf("%-46s %8.1f %8.1f%n", query.getKey(), percentile(times, 50), percentile(times, 95));
        }
        if (explain) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                System.out.printf("%n-- %s%n", query.getKey());
                try (PreparedStatement statement = db.prepareStatement("explain (analyze, buffers) " + query.getValue());
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        System.out.println(rows.getString(1));
                    }
                }
            }
        }
    }

    private static String dashboard(String where) {
        return """
                select to_char(s.month, 'YYYY-MM') as month, s.sex, s.age_band, s.exploitation_types,
                       s.province_code, s.district_code, a.type as agency_type, s.determination, sum(s.persons) as persons
                from case_statistics s join agency a on a.id = s.identifying_agency_id
                where %s
                group by grouping sets ((s.sex, s.age_band, s.province_code), (s.exploitation_types), (s.district_code),
                                        (a.type), (s.month), (s.determination))
                having sum(s.persons) > 0""".formatted(where);
    }

    private static String rollupSexAge(String where) {
        return """
                select to_char(r.month, 'YYYY-MM') as month, r.sex, r.age_band, r.province_code, r.agency_type,
                       sum(r.persons) as persons
                from case_statistics_sex_age r
                where %s
                group by grouping sets ((r.sex, r.age_band, r.province_code), (r.agency_type), (r.month))
                having sum(r.persons) > 0""".formatted(where);
    }

    // ------------------------------------------------------------------ helpers

    private static void print(String name, double[] times, double perSecond) {
        Arrays.sort(times);
        System.out.printf("%-46s %8.1f %8.1f %8.1f %8.1f %8.1f%n", name, percentile(times, 50), percentile(times, 95),
                percentile(times, 99), times[times.length - 1], perSecond);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
