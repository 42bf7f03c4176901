package org.rabta.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Rabta side by side with spring-petclinic (docs/PERFORMANCE.md, "Side by side with spring-petclinic"): the same
 * closed-loop load, one keep-alive HTTP/1.1 connection per client, on comparable pages of both, run one after the
 * other (interleaved: Rabta, petclinic, Rabta, petclinic ... for each page pair and connection count), so that both
 * meet the same machine load. Prints requests per second, p50 and p99 and the number of failed requests (anything
 * but 200) for each run. Not a test: it measures, it asserts nothing.
 *
 *   ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.rabta.bench.SideBySideBenchmark \
 *          -Dexec.args="--rabta=http://localhost:8103 --petclinic=http://localhost:9103"
 *
 * Rabta is signed in as --user (fia.lahore, a caseworker of an agency with a quarter of a million cases after the
 * synthetic load) with --password (the demo password), one session per connection; the case pages are those of
 * its case list's first page, the owner pages random ones of --owners (100000). Options: --connections (8,32),
 * --duration of each run (20s), --warmup before each run (5s), --rounds (1: each pair once per connection count),
 * --name (Mohamad Aslam, the name searched), --last-name (the owner search's, Davis), --pages (all: the pairs to run,
 * case, home, list and name, e.g. "case,home", so that one page can be measured or profiled on its own).
 */
public class SideBySideBenchmark {

    /** A page of each application meant to be compared; a path supplier, so that each request may pick its record. */
    record Pair(String key, String name, Supplier<String> rabta, Supplier<String> petclinic) {
    }

    record Result(double perSecond, double p50, double p99, long requests, long failed) {

        @Override
        public String toString() {
            return "%8.1f %8.1f %8.1f %8d %6d".formatted(perSecond, p50, p99, requests, failed);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(Map.ofEntries(Map.entry("rabta", "http://localhost:8080"),
                Map.entry("petclinic", "http://localhost:9966"), Map.entry("user", "fia.lahore"),
                Map.entry("owners", "100000"), Map.entry("connections", "8,32"), Map.entry("duration", "20"),
                Map.entry("warmup", "5"), Map.entry("rounds", "1"), Map.entry("name", "Mohamad Aslam"),
                Map.entry("last-name", "Davis"), Map.entry("pages", "all")), args);
        int owners = options.integer("owners");
        Duration duration = Duration.ofSeconds(Long.parseLong(options.get("duration").replace("s", "")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup").replace("s", "")));
        int rounds = options.integer("rounds");
        List<Integer> connectionCounts = Arrays.stream(options.get("connections").split(",")).map(Integer::parseInt).toList();
        int most = connectionCounts.stream().max(Integer::compare).orElseThrow();

        Duration timeout = Duration.ofSeconds(30);
        List<Browser> rabta = new ArrayList<>();
        List<Browser> petclinic = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            rabta.add(Browser.signIn(options.get("rabta"), options.get("user"), options.get("password"), timeout));
            petclinic.add(Browser.anonymous(options.get("petclinic"), timeout));
        }
        List<String> caseNumbers = rabta.getFirst().firstListPageCases();
        List<Pair> pairs = List.of(
                new Pair("case", "case page / owner page", () -> "/cases/" + pick(caseNumbers),
                        () -> "/owners/" + ThreadLocalRandom.current().nextInt(1, owners + 1)),
                new Pair("home", "home / welcome", () -> "/", () -> "/"),
                new Pair("list", "case list, first page / owner search", () -> "/cases",
                        () -> "/owners?lastName=" + Browser.enc(options.get("last-name"))),
                new Pair("name", "name search / owner search", () -> "/cases?q=" + Browser.enc(options.get("name")),
                        () -> "/owners?lastName=" + Browser.enc(options.get("last-name"))))
                .stream().filter(pair -> chosen(options.get("pages"), pair)).toList();

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
                        List<Browser> browsers = (isRabta ? rabta : petclinic).subList(0, connections);
                        Supplier<String> path = isRabta ? pair.rabta() : pair.petclinic();
                        run(browsers, path, warmup);
                        Result result = run(browsers, path, duration);
                        System.out.printf("%-38s %5d %-10s %s%n", pair.name(), connections, isRabta ? "Rabta" : "petclinic", result);
                    }
                }
            }
        }
        System.exit(0);
    }

    /** Each client requests back to back on its own connection for the duration. */
    private static Result run(List<Browser> browsers, Supplier<String> path, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> workers = new ArrayList<>();
        for (Browser browser : browsers) {
            workers.add(pool.submit(() -> {
                long[] times = new long[1024];
                int count = 0;
                long failed = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (browser.get(path.get()).statusCode() != 200) {
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
        double[] sorted = all.stream().mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        return new Result(sorted.length / seconds, sorted.length == 0 ? Double.NaN : Percentiles.of(sorted, 50),
                sorted.length == 0 ? Double.NaN : Percentiles.of(sorted, 99), sorted.length, failed);
    }

    private static boolean chosen(String pages, Pair pair) {
        return pages.equals("all") || Arrays.asList(pages.split(",")).contains(pair.key());
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
