package org.rabta.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rabta.reporting.StatisticsTimings;

/**
 * The statistics benchmark (docs/PERFORMANCE.md, "Statistics"): signed-in clients request the country dashboard and
 * the annual report, then the dashboard of an agency's caseworker, of a running Rabta concurrently and report
 * p50/p95 per scenario; then the statistics SQL is timed directly and explained: the application's own statements,
 * run by the classes that own them ({@link StatisticsTimings}). Not a test: it measures, it asserts nothing.
 *
 *   ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.rabta.bench.StatisticsBenchmark \
 *          -Dexec.args="--url=http://localhost:8080 --pg-data=data/postgres"
 *
 * Options: --user, --password (the demo analyst by default), --agency-user (fia.lahore: a caseworker, whose reach is
 * the cases of their agency), --only=agency or --only=country (both by default), --clients (4), --requests per scenario (200), --jdbc
 * (the zero-setup database; see {@link Options}),
 * --year (last year), --explain=false to leave out the query plans, and --load=N to first add N made-up cases with
 * plain SQL (each batch is one statement, so the statistics triggers run once per batch as for a bulk import);
 * --referrals=N to add about N referrals (three for each of N / 3 cases, see loadReferrals) and --screenings=N to add
 * N screenings, one for each of N cases.
 */
public class StatisticsBenchmark {

    private static final int LOAD_BATCH = 50_000;
    private static long agencyId;

    /** A page or API request, made by the analyst (--user) or by the agency's caseworker (--agency-user). */
    record Scenario(String name, String path, boolean agency) {

        Scenario(String name, String path) {
            this(name, path, false);
        }
    }

    public static void main(String[] args) throws Exception {
        int lastYear = LocalDate.now().getYear() - 1;
        Options options = new Options(Map.of("user", "analyst", "clients", "4", "requests", "200", "explain", "true",
                "year", String.valueOf(lastYear), "load", "0", "referrals", "0", "screenings", "0", "agency-user", "fia.lahore",
                "only", ""), args);
        int requests = options.integer("requests");
        String year = options.get("year");

        try (Connection db = DriverManager.getConnection(options.jdbc())) {
            int load = options.integer("load");
            if (load > 0) {
                load(db, load);
            }
            int referrals = options.integer("referrals");
            if (referrals > 0) {
                loadReferrals(db, referrals);
            }
            int screenings = options.integer("screenings");
            if (screenings > 0) {
                loadScreenings(db, screenings);
            }
            System.out.printf("%,d cases, %,d persons, %,d rows of case_statistics%n",
                    single(db, "select count(*) from victim_case"), single(db, "select count(*) from counted_victim_case"),
                    single(db, "select count(*) from case_statistics"));
            System.out.printf("%,d referrals, %,d screenings; rows of case_referral_sent %,d, referred_person %,d, "
                            + "referred_person_rollup %,d, referral_statistics %,d, referral_statistics_rollup %,d, "
                            + "referral_acceptance_days %,d, referral_acceptance_hours %,d%n",
                    single(db, "select count(*) from referral"), single(db, "select count(*) from screening"),
                    single(db, "select count(*) from case_referral_sent"), single(db, "select count(*) from referred_person"),
                    single(db, "select count(*) from referred_person_rollup"),
                    single(db, "select count(*) from referral_statistics"),
                    single(db, "select count(*) from referral_statistics_rollup"),
                    single(db, "select count(*) from referral_acceptance_days"),
                    single(db, "select count(*) from referral_acceptance_hours"));
            agencyId = single(db, "select agency_id from app_user where username = '" + options.get("agency-user") + "'");
            System.out.printf("%s: %,d cases of agency %d%n", options.get("agency-user"),
                    single(db, "select count(*) from victim_case where owning_agency_id = " + agencyId), agencyId);
        }

        List<Scenario> all = List.of(
                new Scenario("dashboard, country, last 12 months", "/statistics"),
                new Scenario("dashboard, country, year " + year, "/statistics?from=" + year + "-01&to=" + year + "-12"),
                new Scenario("dashboard, Punjab, NGO-identified", "/statistics?province=PK6&agencyType=NGO"),
                new Scenario("annual report API, country " + year, "/api/v1/reports/annual?year=" + year),
                new Scenario("annual report API, district Lahore", "/api/v1/reports/annual?year=" + year + "&province=PK6&district=PK617"),
                new Scenario("annual report page, country", "/statistics/annual?year=" + year),
                new Scenario("dashboard, district Lahore, year " + year,
                        "/statistics?from=" + year + "-01&to=" + year + "-12&province=PK6&district=PK617"),
                new Scenario("agency dashboard, last 12 months", "/statistics", true),
                new Scenario("agency dashboard, year " + year, "/statistics?from=" + year + "-01&to=" + year + "-12", true),
                new Scenario("agency dashboard, Punjab, police-identified", "/statistics?province=PK6&agencyType=POLICE", true),
                new Scenario("agency annual report page", "/statistics/annual?year=" + year, true));
        String only = options.get("only");
        for (boolean agency : List.of(false, true)) {
            List<Scenario> scenarios = all.stream().filter(scenario -> scenario.agency() == agency).toList();
            if (only.equals(agency ? "country" : "agency")) {
                continue;
            }
            String user = options.get(agency ? "agency-user" : "user");
            // The API scenarios go with a personal API token, as a client of the API would (not HTTP Basic's BCrypt
            // check of the password on every request).
            boolean api = scenarios.stream().anyMatch(scenario -> scenario.path().startsWith("/api/"));
            int clients = options.integer("clients");
            try (LoadRunner load = api ? LoadRunner.signedInWithApiToken(options, user, clients, "StatisticsBenchmark")
                    : LoadRunner.signedIn(options, user, clients)) {
                System.out.printf("%n%s%n", user);
                load.printHeader(requests);
                for (Scenario scenario : scenarios) {
                    load.measure(scenario.name(), requests, scenario::path);
                }
            }
        }

        direct(options.jdbc(), options.flag("explain"), year, agencyId, only);
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

    // ------------------------------------------------------------------ made-up referrals and screenings

    /**
     * Three referrals for each of {@code referrals / 3} cases (the most recently registered ones without a referral
     * of the benchmark yet), shaped like the demo's: one in ten a draft, the others sent 0–20 days after
     * identification (a draft when that lies in the future), to government departments, NGOs and other agencies;
     * of those sent 5% withdrawn, 12% declined 1–72 hours later, 60% accepted after 0–199 hours (half of them
     * completed, a fifth in progress), the rest still waiting; overdue exactly as the deadline check would mark them.
     *
     * Written with the row triggers of referral disabled, a batch per statement, then every table derived from the
     * referrals recounted once, set-based (reporting_referral_recount, V76): through the row triggers the load runs at
     * about 2,500 referrals a second. ReferralStatisticsMaintenanceTest checks that the triggers and the recount keep
     * the same tables.
     */
    private static void loadReferrals(Connection db, int referrals) throws SQLException {
        db.setAutoCommit(false);
        long start = System.nanoTime();
        int cases = referrals / 3;
        try (Statement statement = db.createStatement()) {
            statement.execute("create temporary table bench_receiver as select row_number() over (order by id) as n, id, type "
                    + "from agency");
            statement.execute("create temporary table bench_case on commit drop as select row_number() over (order by id) as n, id "
                    + "from (select c.id from victim_case c where not exists (select 1 from referral r where r.case_id = c.id) "
                    + "order by c.id desc limit " + cases + ") latest");
            statement.execute("create temporary table bench_user as select a.id as agency_id, min(u.id) as user_id "
                    + "from agency a cross join lateral (select id from app_user order by id limit 1) u group by a.id");
            statement.execute("alter table referral disable trigger user");
        }
        long receivers = single(db, "select count(*) from bench_receiver");
        long chosen = single(db, "select count(*) from bench_case");
        long loaded = 0;
        for (long done = 0; done < chosen; done += LOAD_BATCH) {
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into referral (case_id, case_number, case_province_code, case_district_code, child, from_agency_id,
                        to_agency_id, service_type, urgency, status, message, decline_reason, withdraw_reason, created_by_id,
                        created_by_name, created_at, sent_at, due_at, accepted_at, declined_at, started_at, completed_at,
                        withdrawn_at, ended_at, last_activity_at, overdue, overdue_since)
                    select id, case_number, province_code, district_code, child, owning_agency_id, to_agency_id, service_type,
                           urgency, status, 'Benchmark referral', case when status = 'DECLINED' then 'No capacity' end,
                           case when status = 'WITHDRAWN' then 'Benchmark' end, user_id, 'Benchmark', created_at, sent_at,
                           sent_at + interval '7 days', accepted_at, declined_at, started_at, completed_at, withdrawn_at,
                           coalesce(completed_at, declined_at, withdrawn_at),
                           coalesce(completed_at, started_at, accepted_at, declined_at, withdrawn_at, sent_at, created_at),
                           overdue, case when overdue and status = 'SENT' then sent_at + interval '7 days'
                                         when overdue then coalesce(started_at, accepted_at) + interval '14 days' end
                    from (select x.*,
                                 case when sent_at is null then 'DRAFT' when o < 0.05 then 'WITHDRAWN' when o < 0.17 then 'DECLINED'
                                      when o < 0.47 then 'COMPLETED' when o < 0.59 then 'IN_PROGRESS' when o < 0.77 then 'ACCEPTED'
                                      else 'SENT' end as status,
                                 case when sent_at is not null and o >= 0.17 and o < 0.77
                                      then sent_at + (hours || ' hours')::interval end as accepted_at,
                                 case when sent_at is not null and o >= 0.05 and o < 0.17
                                      then sent_at + ((1 + hours % 72) || ' hours')::interval end as declined_at,
                                 case when sent_at is not null and o >= 0.17 and o < 0.59
                                      then sent_at + ((hours + 2) || ' hours')::interval end as started_at,
                                 case when sent_at is not null and o >= 0.17 and o < 0.47
                                      then sent_at + ((hours + 200) || ' hours')::interval end as completed_at,
                                 case when sent_at is not null and o < 0.05 then sent_at + interval '1 day' end as withdrawn_at,
                                 -- overdue exactly as ReferralDeadlines would mark it: past the acceptance deadline, or
                                 -- accepted or in progress without an update for 14 days
                                 sent_at is not null
                                     and ((o >= 0.77 and sent_at + interval '7 days' <= now())
                                          or (o >= 0.59 and o < 0.77 and sent_at + (hours || ' hours')::interval <= now() - interval '14 days')
                                          or (o >= 0.47 and o < 0.59 and sent_at + ((hours + 2) || ' hours')::interval <= now() - interval '14 days')) as overdue
                          from (select c.id, c.case_number, c.province_code, c.district_code,
                                       coalesce(c.age_years < 18, false) as child, c.owning_agency_id, u.user_id,
                                       coalesce(nullif(t.id, c.owning_agency_id), t2.id) as to_agency_id,
                                       (array['SHELTER','MEDICAL','PSYCHOSOCIAL','LEGAL_AID','REPATRIATION','FAMILY_TRACING',
                                              'LIVELIHOOD','EDUCATION','FINANCIAL_ASSISTANCE','CHILD_PROTECTION'])[1 + (h % 10)] as service_type,
                                       (array['NORMAL','NORMAL','HIGH','EMERGENCY'])[1 + (h / 10) % 4] as urgency,
                                       c.identified_on + ((h / 40) % 21) * interval '1 day' + ((h / 7) % 24) * interval '1 hour' as created_at,
                                       case when (h / 840) % 10 = 0
                                              or c.identified_on + ((h / 40) % 21) * interval '1 day' + ((h / 7) % 24) * interval '1 hour' > now()
                                            then null
                                            else c.identified_on + ((h / 40) % 21) * interval '1 day' + ((h / 7) % 24) * interval '1 hour'
                                                 + interval '30 minutes' end as sent_at,
                                       ((h / 8400) % 100) / 100.0 as o, (h / 840000) % 200 as hours
                                from bench_case b
                                join victim_case c on c.id = b.id
                                cross join generate_series(1, 3) k
                                cross join lateral (select abs(hashint8(c.id * 3 + k)::bigint) as h) hash
                                join bench_user u on u.agency_id = c.owning_agency_id
                                join bench_receiver t on t.n = 1 + (h / 13) % ?
                                join bench_receiver t2 on t2.n = 1 + ((h / 13) + 1) % ?
                                where b.n > ? and b.n <= ?) x) y""")) {
                insert.setLong(1, receivers);
                insert.setLong(2, receivers);
                insert.setLong(3, done);
                insert.setLong(4, done + LOAD_BATCH);
                loaded += insert.executeUpdate();
            }
            System.out.printf("loaded referrals of %,d of %,d cases%n", Math.min(done + LOAD_BATCH, chosen), chosen);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("alter table referral enable trigger user");
            long recount = System.nanoTime();
            statement.execute("select reporting_referral_recount()");
            System.out.printf("recounted the referral statistics in %.0f s%n", (System.nanoTime() - recount) / 1e9);
        }
        db.commit();
        try (Statement statement = db.createStatement()) {
            db.setAutoCommit(true);
            for (String table : List.of("referral", "case_referral_sent", "referred_person", "referred_person_rollup",
                    "referral_statistics", "referral_statistics_rollup", "referral_acceptance_days", "referral_acceptance_hours")) {
                statement.execute("vacuum analyze " + table);
            }
        }
        System.out.printf("loaded %,d referrals for %,d cases in %.0f s%n", loaded, chosen, (System.nanoTime() - start) / 1e9);
    }

    /**
     * One screening for each of {@code screenings} cases without one (the oldest first), most confirmed with an
     * outcome, some drafts and submissions. The case's own confirmed determination (what the statistics count) is
     * left as it is: the statistics never read the screening rows.
     */
    private static void loadScreenings(Connection db, int screenings) throws SQLException {
        db.setAutoCommit(false);
        long start = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute("create temporary table bench_screened on commit drop as select row_number() over (order by c.id) as n, "
                    + "c.id from victim_case c where not exists (select 1 from screening s where s.case_id = c.id) "
                    + "order by c.id limit " + screenings);
        }
        long chosen = single(db, "select count(*) from bench_screened");
        for (long done = 0; done < chosen; done += LOAD_BATCH) {
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into screening (case_id, case_number, status, ruleset_version, age_years, outcome, element_act,
                        element_means, element_purpose, element_child, element_trafficking, element_smuggling,
                        element_irregular, competent_agency, determination, created_at, created_by, updated_at, updated_by,
                        submitted_at, submitted_by, reviewed_at, reviewed_by)
                    select c.id, c.case_number, x.status, 'benchmark', c.age_years, x.outcome, 'YES', 'YES', 'YES', 'NO',
                           'YES', 'NO', 'NO', 'FIA', case when x.status <> 'DRAFT' then x.outcome end,
                           c.created_at, 'benchmark', c.created_at, 'benchmark',
                           case when x.status <> 'DRAFT' then c.created_at end, case when x.status <> 'DRAFT' then 'benchmark' end,
                           case when x.status = 'CONFIRMED' then c.created_at end, case when x.status = 'CONFIRMED' then 'benchmark' end
                    from bench_screened b
                    join victim_case c on c.id = b.id
                    cross join lateral (select (array['CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED',
                                                      'CONFIRMED','SUBMITTED','DRAFT','RETURNED'])[1 + abs(hashint8(c.id)::bigint) % 10] as status,
                                               (array['TRAFFICKING','TRAFFICKING','TRAFFICKING','POSSIBLE_TRAFFICKING',
                                                      'SMUGGLED_AND_TRAFFICKED','SMUGGLING','IRREGULAR_MIGRATION',
                                                      'NOT_ESTABLISHED'])[1 + (abs(hashint8(c.id)::bigint) / 10) % 8] as outcome) x
                    where b.n > ? and b.n <= ?""")) {
                insert.setLong(1, done);
                insert.setLong(2, done + LOAD_BATCH);
                insert.executeUpdate();
            }
            System.out.printf("loaded %,d of %,d screenings%n", Math.min(done + LOAD_BATCH, chosen), chosen);
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("vacuum analyze screening");
        }
        System.out.printf("loaded %,d screenings in %.0f s%n", chosen, (System.nanoTime() - start) / 1e9);
    }

    // ------------------------------------------------------------------ the same SQL, directly

    /**
     * The application's statistics statements, run by the classes that own them ({@link StatisticsTimings}): the
     * counts of persons for an agency and for the country, from the rollups and from the detail, and the referral
     * figures of the year of the report (with the country).
     */
    private static void direct(String jdbcUrl, boolean explain, String year, long agency, String only) {
        try (RecordedStatements database = new RecordedStatements(jdbcUrl)) {
            System.out.printf("%n%s%n", Percentiles.header("SQL directly (one connection)"));
            StatisticsTimings timings = new StatisticsTimings(database, 40, explain);
            timings.cases(agency, only);
            if (!only.equals("agency")) {
                timings.referrals(Integer.parseInt(year));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
