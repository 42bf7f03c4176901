package org.rabta.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The per-request cost of single pages of a running Rabta (docs/PERFORMANCE.md, "The cost of rendering a page"):
 * signed-in clients request one page at a time in a closed loop, and each page's p50, p95, p99 and requests per
 * second are printed. Short and repeatable, so that a profile can be taken around it and the same command run
 * before and after a change. Not a test: it measures, it asserts nothing.
 *
 *   ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.rabta.bench.PageBenchmark \
 *          -Dexec.args="--url=http://localhost:8080 --clients=8 --requests=2000"
 *
 * Options: --pages (case,home; one or more of case, a random case of the user's first list page, home, the home
 * page, list, the case list's first page, and name, the case list searched for --name), --name (Mohamad Aslam), --user
 * (fia.lahore), --password, --clients (8), --requests per page (1000), --warmup requests before them (a quarter as
 * many), --rounds (1: each page once; more to see the spread), --cpu (process ids, e.g. Rabta's JVM and PostgreSQL's
 * server, comma-separated, and "self" for this benchmark's own process: each measured run also prints the CPU
 * milliseconds per request each spent with its children, read from /proc; Linux only). On one machine the client's
 * own share is CPU that Rabta does not get: "self" shows how much.
 */
public class PageBenchmark {

    public static void main(String[] args) throws Exception {
        Options options = new Options(Map.of("user", "fia.lahore", "clients", "8", "requests", "1000", "rounds", "1",
                "pages", "case,home", "warmup", "-1", "cpu", "",
                "name", "Mohamad Aslam"), args);
        int requests = options.integer("requests");
        int warmup = options.integer("warmup") < 0 ? requests / 4 : options.integer("warmup");
        List<ProcessCpu> cpu = options.get("cpu").isBlank() ? List.of()
                : Arrays.stream(options.get("cpu").split(",")).map(String::strip)
                        .map(id -> id.equals("self") ? ProcessHandle.current().pid() : Long.parseLong(id)).map(ProcessCpu::new).toList();
        try (LoadRunner load = LoadRunner.signedIn(options, options.get("user"), options.integer("clients"))) {
            List<String> caseNumbers = Browser.signIn(options.get("url"), options.get("user"), options.get("password"),
                    Duration.ofSeconds(60)).firstListPageCases();
            Map<String, Supplier<String>> pages = Map.of(
                    "case", () -> "/cases/" + caseNumbers.get(ThreadLocalRandom.current().nextInt(caseNumbers.size())),
                    "home", () -> "/",
                    "list", () -> "/cases",
                    "name", () -> "/cases?q=" + Browser.enc(options.get("name")));
            load.printHeader(requests, warmup);
            for (int round = 0; round < options.integer("rounds"); round++) {
                for (String page : Arrays.asList(options.get("pages").split(","))) {
                    Supplier<String> path = pages.get(page);
                    if (path == null) {
                        throw new IllegalArgumentException("--pages names " + page + ": one of " + pages.keySet());
                    }
                    load.measure(page + " page", warmup, requests, path, cpu);
                }
            }
        }
        System.exit(0);
    }
}
