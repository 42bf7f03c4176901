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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case registry benchmark (docs/PERFORMANCE.md): signed-in clients request the case list, filtered pages, a
 * fuzzy name search and case pages of a running Rabta concurrently and report p50/p95 per scenario; then the
 * same SQL the application runs for each (CaseSearch, CaseService.details) is timed directly against PostgreSQL
 * and explained. Not a test: it measures, it asserts nothing. Run with the PostgreSQL driver on the class path:
 *
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar benchmark/CaseBenchmark.java \
 *        --url=http://localhost:8125 --jdbc=jdbc:postgresql://localhost:54325/postgres?user=postgres
 *
 * Options: --user, --password (a demo caseworker by default), --clients (8), --requests per scenario (400),
 * --explain=false to leave out the query plans, --only=NAME to run only the scenarios whose name starts with NAME
 * (e.g. --only="case page", to profile one page). Run it with --clients=1, 2 and 8 to see how the load scales.
 */
public class CaseBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    record Scenario(String name, Supplier<String> path) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("url", "http://localhost:8080",
                "jdbc", "jdbc:postgresql://localhost:54329/postgres?user=postgres", "user", "fia.lahore",
                "password", "Rabta-demo-2026", "clients", "8", "requests", "400", "explain", "true", "only", ""));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        String base = options.get("url");
        int clients = Integer.parseInt(options.get("clients"));
        int requests = Integer.parseInt(options.get("requests"));

        List<String> caseNumbers;
        long agencyId;
        try (Connection db = DriverManager.getConnection(options.get("jdbc"))) {
            agencyId = single(db, "select agency_id from app_user where username = ?", options.get("user"));
            caseNumbers = strings(db, "select case_number from victim_case where owning_agency_id = ? "
                    + "order by random() limit 500", agencyId);
            System.out.printf("Agency %d owns %,d of %,d cases%n", agencyId,
                    single(db, "select count(*) from victim_case where owning_agency_id = ?", agencyId),
                    single(db, "select count(*) from victim_case", null));
        }

        List<Scenario> scenarios = List.of(
                new Scenario("list, first page", () -> "/cases"),
                new Scenario("filtered: district Lahore, child, follow-up", () -> "/cases?district=PK617&age=CHILD&status=FOLLOW_UP"),
                new Scenario("filtered: female, bonded labour, 2024", () -> "/cases?sex=FEMALE&exploitation=BONDED_LABOUR&from=2024-01-01&to=2024-12-31"),
                new Scenario("name search \"Mohamad Aslam\"", () -> "/cases?q=" + URLEncoder.encode("Mohamad Aslam", StandardCharsets.UTF_8)),
                new Scenario("name search \"Fatma Bibi\"", () -> "/cases?q=" + URLEncoder.encode("Fatma Bibi", StandardCharsets.UTF_8)),
                new Scenario("case page", () -> "/cases/" + caseNumbers.get(ThreadLocalRandom.current().nextInt(caseNumbers.size()))));

        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sessions.add(signIn(base, options.get("user"), options.get("password")));
        }
        System.out.printf("%d signed-in clients, %d requests per scenario after %d warm-up requests%n%n", clients, requests, requests / 4);
        System.out.printf("%-46s %8s %8s %8s %8s %8s%n", "HTTP (concurrent)", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (Scenario scenario : scenarios) {
            if (!scenario.name().startsWith(options.get("only"))) {
                continue;
            }
            run(pool, sessions, base, scenario, requests / 4);
            long started = System.nanoTime();
            double[] times = run(pool, sessions, base, scenario, requests);
            double seconds = (System.nanoTime() - started) / 1e9;
            print(scenario.name(), times, requests / seconds);
        }
        pool.shutdown();

        try (Connection db = DriverManager.getConnection(options.get("jdbc"))) {
            direct(db, agencyId, caseNumbers, Boolean.parseBoolean(options.get("explain")));
        }
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
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + scenario.path().get())).build();
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

    /** CaseSearch.nameCount: the name count runs with bitmap scans off (PostgreSQL underestimates similar names). */
    private static final String NO_BITMAP = "/* enable_bitmapscan=off */ ";

    /** The statements CaseSearch and CaseService run for each scenario (keep in step with them). */
    private static void direct(Connection db, long agencyId, List<String> caseNumbers, boolean explain) throws SQLException {
        String agency = "c.owning_agency_id = " + agencyId + "::bigint"; // bound as a Java long by the application
        String nameKey = "rabta_name_key('%s')";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("list, first page", "select c.id from victim_case c where " + agency
                + " order by c.identified_on desc, c.id desc limit 26 offset 0");
        pages.put("list count (capped)", "select count(*) from (select 1 from victim_case c where " + agency + " limit 1001) capped");
        pages.put("filtered: district Lahore, child, follow-up", "select c.id from victim_case c where " + agency
                + " and c.status = 'FOLLOW_UP' and c.district_code = 'PK617' and c.age_years < 18"
                + " order by c.identified_on desc, c.id desc limit 26 offset 0");
        pages.put("filtered count: district Lahore, child, follow-up", "select count(*) from (select 1 from victim_case c where "
                + agency + " and c.status = 'FOLLOW_UP' and c.district_code = 'PK617' and c.age_years < 18 limit 1001) capped");
        pages.put("filtered: female, bonded labour, 2024", "select c.id from victim_case c where " + agency
                + " and c.sex = 'FEMALE' and c.exploitation_types @> array[cast('BONDED_LABOUR' as varchar)]"
                + " and c.identified_on >= '2024-01-01' and c.identified_on <= '2024-12-31'"
                + " order by c.identified_on desc, c.id desc limit 26 offset 0");
        pages.put("filtered count: female, bonded labour, 2024", "select count(*) from (select 1 from victim_case c where "
                + agency + " and c.sex = 'FEMALE' and c.exploitation_types @> array[cast('BONDED_LABOUR' as varchar)]"
                + " and c.identified_on >= '2024-01-01' and c.identified_on <= '2024-12-31' limit 1001) capped");
        for (String name : List.of("Mohamad Aslam", "Fatma Bibi")) {
            String key = nameKey.formatted(name);
            // nearest first by the GiST index alone; the application sorts each page newest first among equal distances
            pages.put("name search \"" + name + "\"", "select c.id, c.name_key <->> " + key + " as distance, c.identified_on"
                    + " from victim_case c where " + agency + " and " + key + " <% c.name_key order by c.name_key <->> " + key
                    + " limit 26 offset 0");
            // CaseSearch.nameCount counts names with bitmap scans off (set local, in its transaction)
            pages.put("name search count \"" + name + "\"", NO_BITMAP + "select count(*) from (select 1 from victim_case c where "
                    + agency + " and " + key + " <% c.name_key limit 101) capped");
        }
        String number = caseNumbers.getFirst();
        pages.put("case page: case", "select * from victim_case where case_number = '" + number + "'");
        pages.put("case page: notes", "select * from case_note where case_id = (select id from victim_case where case_number = '"
                + number + "') order by created_at desc, id desc");
        pages.put("case page: timeline", "select * from case_event where case_id = (select id from victim_case where case_number = '"
                + number + "') order by occurred_at desc, id desc limit 200");

        System.out.printf("%n%-46s %8s %8s%n", "SQL directly (one connection)", "p50 ms", "p95 ms");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            double[] times = new double[60];
            for (int i = -10; i < times.length; i++) {
                long start = System.nanoTime();
                withPlannerSetting(db, page.getValue(), () -> {
                    try (PreparedStatement statement = db.prepareStatement(page.getValue()); ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                });
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            System.out.printf("%-46s %8.1f %8.1f%n", page.getKey(), percentile(times, 50), percentile(times, 95));
        }
        if (explain) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                System.out.printf("%n-- %s%n", page.getKey());
                withPlannerSetting(db, page.getValue(), () -> {
                    try (PreparedStatement statement = db.prepareStatement("explain (analyze, buffers) " + page.getValue());
                         ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            System.out.println(rows.getString(1));
                        }
                    }
                });
            }
        }
    }

    interface Statement {
        void run() throws SQLException;
    }

    /** Runs a statement marked NO_BITMAP as the application does, the setting undone afterwards. */
    private static void withPlannerSetting(Connection db, String sql, Statement statement) throws SQLException {
        boolean noBitmap = sql.startsWith(NO_BITMAP);
        if (noBitmap) {
            try (PreparedStatement set = db.prepareStatement("set enable_bitmapscan = off")) {
                set.execute();
            }
        }
        try {
            statement.run();
        } finally {
            if (noBitmap) {
                try (PreparedStatement reset = db.prepareStatement("reset enable_bitmapscan")) {
                    reset.execute();
                }
            }
        }
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

    private static long single(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection db, String sql, Object parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
