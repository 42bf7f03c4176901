package org.rabta.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Closed-loop load: each signed-in browser sends its next request as soon as the last one answered, until the
 * scenario's requests are done; a warm-up of a quarter as many requests precedes every measured run. Any answer but
 * 200 stops the benchmark: a figure measured on error pages would mean nothing.
 */
public final class LoadRunner implements AutoCloseable {

    private final List<Browser> browsers;
    private final ExecutorService pool;
    /** The personal API token the browsers' API requests carry, revoked on {@link #close}; null when they have none. */
    private final String apiToken;

    private LoadRunner(List<Browser> browsers, String apiToken) {
        this.browsers = browsers;
        this.pool = Executors.newFixedThreadPool(browsers.size());
        this.apiToken = apiToken;
    }

    /** Signs in {@code clients} browsers as the same user. */
    public static LoadRunner signedIn(Options options, String user, int clients) throws Exception {
        return new LoadRunner(signIn(options, user, clients), null);
    }

    /**
     * Signs in {@code clients} browsers as the same user, whose API requests carry one personal API token of the user,
     * created on the account page by the first browser and revoked by {@link #close}.
     */
    public static LoadRunner signedInWithApiToken(Options options, String user, int clients, String tokenName)
            throws Exception {
        List<Browser> browsers = signIn(options, user, clients);
        String token = browsers.getFirst().createApiToken(tokenName);
        return new LoadRunner(browsers.stream().map(browser -> browser.withApiToken(token)).toList(), token);
    }

    private static List<Browser> signIn(Options options, String user, int clients) throws Exception {
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            browsers.add(Browser.signIn(options.get("url"), user, options.get("password"), Duration.ofSeconds(60)));
        }
        return browsers;
    }

    /** Prints what is measured and the head of the table that {@link #measure} fills. */
    public void printHeader(int requests) {
        printHeader(requests, requests / 4);
    }

    public void printHeader(int requests, int warmup) {
        System.out.printf("%d signed-in clients, %d requests per scenario after %d warm-up requests%n%n", clients(),
                requests, warmup);
        System.out.println(Percentiles.header("HTTP (concurrent)"));
    }

    /** Warms up, then measures {@code requests} requests of the paths given, and prints the scenario's row. */
    public void measure(String name, int requests, Supplier<String> path) throws Exception {
        measure(name, requests / 4, requests, path, List.of());
    }

    /**
     * Warms up with {@code warmup} requests, then measures {@code requests}, and prints the scenario's row and the CPU
     * milliseconds per measured request that each of {@code cpu} spent.
     */
    void measure(String name, int warmup, int requests, Supplier<String> path, List<ProcessCpu> cpu) throws Exception {
        run(warmup, path);
        double[] cpuBefore = new double[cpu.size()];
        for (int i = 0; i < cpu.size(); i++) {
            cpuBefore[i] = cpu.get(i).millis();
        }
        long started = System.nanoTime();
        double[] times = run(requests, path);
        System.out.println(Percentiles.row(name, times, requests / ((System.nanoTime() - started) / 1e9)));
        for (int i = 0; i < cpu.size(); i++) {
            System.out.printf("  CPU of process %d with its children: %.2f ms per request%n", cpu.get(i).pid(),
                    (cpu.get(i).millis() - cpuBefore[i]) / requests);
        }
    }

    /** The response time of each request, in milliseconds. */
    public double[] run(int requests, Supplier<String> path) throws Exception {
        double[] times = new double[requests];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (Browser browser : browsers) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = browser.page(path.get());
                    times[i] = (System.nanoTime() - start) / 1e6;
                    response.body();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return times;
    }

    public int clients() {
        return browsers.size();
    }

    @Override
    public void close() throws Exception {
        pool.shutdown();
        if (apiToken != null) {
            browsers.getFirst().revokeApiToken(apiToken);
        }
    }
}
