package org.rabta.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.rabta.bench.Browser;
import org.rabta.bench.LoadRunner;
import org.rabta.bench.Options;
import org.rabta.bench.Percentiles;
import org.rabta.bench.RecordedStatements;
import org.rabta.cases.CaseFilter.AgeGroup;
import org.springframework.jdbc.core.simple.JdbcClient;

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
        try (RecordedStatements database = new RecordedStatements(options.jdbc())) {
            measure(options, requests, database);
        }
    }

    private static void measure(Options options, int requests, RecordedStatements database) throws Exception {
        JdbcClient jdbc = JdbcClient.create(database.dataSource());

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
        System.out.printf("%n%s%n", Percentiles.header("CaseSearch directly (one connection)"));
        for (Scenario scenario : scenarios) {
            database.time(scenario.name(), 60, options.flag("explain"), () -> search.search(agencyId, scenario.filter()));
        }
    }
}
