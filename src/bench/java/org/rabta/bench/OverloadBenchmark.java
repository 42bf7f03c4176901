package org.rabta.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A burst (docs/PERFORMANCE.md, "Overload"): many signed-in clients at once, each with its own session, asking for
 * pages without any pause for a fixed time, far beyond what two cores serve. It counts the answers by status (a 503
 * is load shed with Retry-After; a 500 or a timeout is a failure), prints p50/p95/p99 per page, the resident memory of
 * the application's process (--pid), and the recovery time: from the end of the burst until a single client's page
 * comes back 200, and 200 within a second. Not a test: it measures, it asserts nothing.
 *
 *   ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.rabta.bench.OverloadBenchmark \
 *          -Dexec.args="--url=http://localhost:8102 --clients=200 --duration=60s --pid=12345"
 *
 * Signing in is {@link Browser}'s; the recorder and the reading of /proc are MixedWorkloadBenchmark's. Options: --clients (200), --duration (60s), --warmup (30s: four clients first, not
 * counted, so that the JIT has compiled the pages before the burst), --timeout (30s, a client's patience),
 * --user (fia.lahore; every client signs in as this user, each in its own session), --password (the demo password).
 */
public class OverloadBenchmark {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Z]{2}-\\d{4}-\\d{6})\"");
    private static final Duration NORMAL = Duration.ofSeconds(1);
    private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(120);
    private static final int WARM_UP_CLIENTS = 4;

    public static void main(String[] args) throws Exception {
        Options options = new Options(Map.of("clients", "200", "duration", "60s", "warmup", "30s", "timeout", "30s",
                "user", "fia.lahore", "pid", ""), args);
        String base = options.get("url");
        int clients = options.integer("clients");
        Duration duration = seconds(options.get("duration"));
        Duration timeout = seconds(options.get("timeout"));
        Duration warmup = seconds(options.get("warmup"));
        String pid = options.get("pid");

        List<Browser> sessions = signIn(base, options.get("user"), options.get("password"), clients, timeout);
        List<String> cases = new ArrayList<>();
        Matcher link = CASE_LINK.matcher(sessions.getFirst().get("/cases").body());
        while (link.find()) {
            cases.add(link.group(1));
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("No case on " + options.get("user") + "'s case list");
        }
        System.out.printf("%d clients signed in as %s, each with its own session; burst of %ds, no think time%n", clients,
                options.get("user"), duration.toSeconds());
        warmUp(sessions.subList(0, Math.min(WARM_UP_CLIENTS, sessions.size())), cases, warmup);
        System.out.printf("Load average at start: %s%n", MixedWorkloadBenchmark.Memory.loadAverage());

        long start = System.nanoTime();
        long end = start + duration.toNanos();
        MixedWorkloadBenchmark.Recorder recorder = new MixedWorkloadBenchmark.Recorder(start, end, timeout);
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        for (Browser session : sessions) {
            workers.submit(() -> {
                while (System.nanoTime() < end) {
                    String[] page = pick(cases);
                    long sent = System.nanoTime();
                    String outcome = ask(session, page[1]);
                    statuses.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                    if (outcome.equals("200")) {
                        recorder.ok(page[0], sent);
                    } else {
                        recorder.error(page[0], sent, outcome);
                    }
                }
            });
        }
        Thread.sleep(Duration.ofNanos(end - System.nanoTime()));
        String loadAtEnd = MixedWorkloadBenchmark.Memory.loadAverage();
        Duration[] recovery = recovery(sessions.getFirst(), end);
        workers.shutdown();

        System.out.printf("Load average at end:   %s%n%n", loadAtEnd);
        recorder.print(duration);
        System.out.printf("%nAnswers by status: %s%n", new TreeMap<>(Map.copyOf(statuses)).entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue().get()).toList());
        System.out.printf("Recovery: a single client's page answered 200 %.1f s after the end of the burst, and 200 within %d ms "
                + "%.1f s after it%n", recovery[0].toMillis() / 1000.0, NORMAL.toMillis(), recovery[1].toMillis() / 1000.0);
        if (!pid.isBlank()) {
            MixedWorkloadBenchmark.Memory.printProcess(pid);
        }
    }

    /** A few clients for --warmup first, so that the burst meets compiled code rather than the JIT at work. */
    private static void warmUp(List<Browser> sessions, List<String> cases, Duration warmup) {
        long end = System.nanoTime() + warmup.toNanos();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Browser session : sessions) {
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        ask(session, pick(cases)[1]);
                    }
                });
            }
        }
        System.out.printf("Warmed up for %ds with %d clients%n", warmup.toSeconds(), sessions.size());
    }

    private static List<Browser> signIn(String base, String user, String password, int clients,
                                                               Duration timeout) throws Exception {
        try (ExecutorService signIns = Executors.newFixedThreadPool(4)) {
            List<Future<Browser>> pending = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                pending.add(signIns.submit(() -> {
                    Browser signedIn = Browser.signIn(base, user, password, SIGN_IN_TIMEOUT);
                    return new Browser(signedIn.client(), base, timeout, signedIn.apiAuthorization());
                }));
            }
            List<Browser> sessions = new ArrayList<>();
            for (Future<Browser> session : pending) {
                sessions.add(session.get());
            }
            return sessions;
        }
    }

    /** The page types of the burst: the home page, the case list, a case page. */
    private static String[] pick(List<String> cases) {
        return switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> new String[] {"home", "/"};
            case 1 -> new String[] {"case list", "/cases"};
            default -> new String[] {"case page", "/cases/" + cases.get(ThreadLocalRandom.current().nextInt(cases.size()))};
        };
    }

    /** "200", "503", "500", …; a 200 that is the sign-in page is a lost session; or the kind of I/O failure. */
    private static String ask(Browser session, String path) {
        try {
            HttpResponse<String> response = session.get(path);
            if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                return "503 without Retry-After";
            }
            if (response.statusCode() == 302) {
                return "302 to " + response.headers().firstValue("Location").orElse("?");
            }
            return Integer.toString(response.statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * From the end of the burst until one client's case list comes back 200 (the first figure) and 200 within NORMAL
     * (the second), asked every 100 ms.
     */
    private static Duration[] recovery(Browser session, long burstEnd) throws InterruptedException {
        Duration firstServed = null;
        while (true) {
            long sent = System.nanoTime();
            String outcome = ask(session, "/cases");
            long now = System.nanoTime();
            if (outcome.equals("200") && firstServed == null) {
                firstServed = Duration.ofNanos(now - burstEnd);
            }
            if (outcome.equals("200") && now - sent <= NORMAL.toNanos()) {
                return new Duration[] {firstServed, Duration.ofNanos(now - burstEnd)};
            }
            Thread.sleep(100);
        }
    }

    /** "60s" or "60": whole seconds. */
    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value.strip().replaceFirst("s$", "")));
    }
}
