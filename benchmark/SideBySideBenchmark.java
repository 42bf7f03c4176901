import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rabta side by side with spring-petclinic (docs/PERFORMANCE.md, "Side by side with spring-petclinic"): the same
 * closed-loop load, one keep-alive HTTP/1.1 connection per client, on comparable pages of both, run one after the
 * other (interleaved: Rabta, petclinic, Rabta, petclinic ... for each page pair and connection count), so that both
 * meet the same machine load. Prints requests per second, p50 and p99 and the number of failed requests (anything
 * but 200) for each run. Not a test: it measures, it asserts nothing. Needs no library:
 *
 *   java benchmark/SideBySideBenchmark.java --rabta=http://localhost:8103 --petclinic=http://localhost:9103
 *
 * Rabta is signed in as --user (fia.lahore, a caseworker of an agency with a quarter of a million cases after the
 * synthetic load) with --password (the demo password), one session per connection; the case pages are those of
 * its case list's first page, the owner pages random ones of --owners (100000). Options: --connections (8,32),
 * --duration of each run (20s), --warmup before each run (5s), --rounds (1: each pair once per connection count),
 * --name (Mohamad Aslam, the name searched), --last-name (the owner search's, Davis).
 */
public class SideBySideBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Z]{2}-\\d{4}-\\d{6})\"");

    /** A page of each application meant to be compared; a path supplier, so that each request may pick its record. */
    record Pair(String name, Supplier<String> rabta, Supplier<String> petclinic) {
    }

    record Result(double perSecond, double p50, double p99, long requests, long failed) {

        @Override
        public String toString() {
            return "%8.1f %8.1f %8.1f %8d %6d".formatted(perSecond, p50, p99, requests, failed);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("rabta", "http://localhost:8080",
                "petclinic", "http://localhost:9966", "user", "fia.lahore", "password", "Rabta-demo-2026",
                "owners", "100000", "connections", "8,32", "duration", "20", "warmup", "5", "rounds", "1"));
        options.put("name", "Mohamad Aslam");
        options.put("last-name", "Davis");
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int owners = Integer.parseInt(options.get("owners"));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.get("duration").replace("s", "")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup").replace("s", "")));
        int rounds = Integer.parseInt(options.get("rounds"));
        List<Integer> connectionCounts = Arrays.stream(options.get("connections").split(",")).map(Integer::parseInt).toList();
        int most = connectionCounts.stream().max(Integer::compare).orElseThrow();

        List<HttpClient> rabta = new ArrayList<>();
        List<HttpClient> petclinic = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            rabta.add(signIn(options.get("rabta"), options.get("user"), options.get("password")));
            petclinic.add(client());
        }
        List<String> caseNumbers = new ArrayList<>();
        Matcher link = CASE_LINK.matcher(get(rabta.getFirst(), options.get("rabta") + "/cases").body());
        while (link.find()) {
            caseNumbers.add(link.group(1));
        }
        if (caseNumbers.isEmpty()) {
            throw new IllegalStateException("No case on the first page of " + options.get("user") + "'s case list");
        }
        List<Pair> pairs = List.of(
                new Pair("case page / owner page", () -> "/cases/" + pick(caseNumbers),
                        () -> "/owners/" + ThreadLocalRandom.current().nextInt(1, owners + 1)),
                new Pair("home / welcome", () -> "/", () -> "/"),
                new Pair("case list, first page / owner search", () -> "/cases",
                        () -> "/owners?lastName=" + enc(options.get("last-name"))),
                new Pair("name search / owner search", () -> "/cases?q=" + enc(options.get("name")),
                        () -> "/owners?lastName=" + enc(options.get("last-name"))));

        System.out.printf("%s: %d case pages of %s; petclinic: %,d owners; %d s runs after %d s warm-up%n",
                options.get("rabta"), caseNumbers.size(), options.get("user"), owners, duration.toSeconds(), warmup.toSeconds());
        System.out.printf("%-38s %5s %-10s %8s %8s %8s %8s %6s%n", "page", "conn", "app", "req/s", "p50 ms", "p99 ms",
                "requests", "failed");
        for (int round = 0; round < rounds; round++) {
            for (int connections : connectionCounts) {
                for (Pair pair : pairs) {
                    // Alternate which application goes first, round after round.
                    boolean rabtaFirst = round % 2 == 0;
                    for (int turn = 0; turn < 2; turn++) {
                        boolean isRabta = (turn == 0) == rabtaFirst;
                        String base = options.get(isRabta ? "rabta" : "petclinic");
                        List<HttpClient> clients = (isRabta ? rabta : petclinic).subList(0, connections);
                        Supplier<String> path = isRabta ? pair.rabta() : pair.petclinic();
                        run(clients, base, path, warmup);
                        Result result = run(clients, base, path, duration);
                        System.out.printf("%-38s %5d %-10s %s%n", pair.name(), connections, isRabta ? "Rabta" : "petclinic", result);
                    }
                }
            }
        }
        System.exit(0);
    }

    /** Each client requests back to back on its own connection for the duration. */
    private static Result run(List<HttpClient> clients, String base, Supplier<String> path, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> workers = new ArrayList<>();
        for (HttpClient client : clients) {
            workers.add(pool.submit(() -> {
                long[] times = new long[1024];
                int count = 0;
                long failed = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (get(client, base + path.get()).statusCode() != 200) {
                            failed++;
                        }
                    } catch (java.io.IOException e) {
                        failed++;
                    }
                    if (count == times.length - 1) {
                        times = Arrays.copyOf(times, times.length * 2);
                    }
                    times[count++] = System.nanoTime() - start;
                }
                long[] result = Arrays.copyOf(times, count + 1);
                result[count] = failed; // the last element carries the failures
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long failed = 0;
        for (Future<long[]> worker : workers) {
            long[] times = worker.get();
            for (int i = 0; i < times.length - 1; i++) {
                all.add(times[i]);
            }
            failed += times[times.length - 1];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted.length / seconds, percentile(sorted, 50), percentile(sorted, 99), sorted.length, failed);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient signIn(String base, String user, String password) throws Exception {
        HttpClient client = client();
        Matcher csrf = CSRF.matcher(get(client, base + "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page of " + base);
        }
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("/login");
        if (signedIn.statusCode() != 302 || URI.create(location).getPath().startsWith("/login")) {
            throw new IllegalStateException("Sign-in failed for " + user + " (HTTP " + signedIn.statusCode() + ")");
        }
        return client;
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
