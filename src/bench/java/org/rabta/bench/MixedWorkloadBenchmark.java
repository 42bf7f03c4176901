package org.rabta.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * The mixed workload (docs/PERFORMANCE.md, "Mixed workload"): many signed-in users at once, each with its own
 * session and account, browse the case list, open case pages, save edits and notes on cases of their own agency,
 * and open the dashboard and the annual report, with think time between pages, for a fixed duration after a
 * warm-up. It reports per page type the count, errors and p50/p95/p99/max, every error by reason, and at the end
 * the application's heap (actuator metrics, as an administrator) and resident memory (/proc of the --pid given).
 * Not a test: it measures and counts errors, it asserts nothing.
 *
 *   ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.rabta.bench.MixedWorkloadBenchmark \
 *          -Dexec.args="--url=http://localhost:8080 --pg-data=data/postgres --pid=12345 --db-pid=12300"
 *
 * The accounts are created through JDBC (bench.caseworker.001, bench.supervisor.001, bench.analyst.001,
 * bench.committee.001, …) with the password hash of --template-user, so they sign in with its password; reruns
 * reuse them. A committee member's reach is the committees where it holds a term today: each benchmark committee
 * account gets an open-ended term on the committee where the first demo committee member sits. Options: --users
 * (100), --duration (300s), --warmup (30s), --think (1s, the mean of an exponential pause), --timeout (10s),
 * --password (the demo password), --template-user (fia.lahore), --admin (admin), --pid (the application's process,
 * for its resident memory and CPU), --db-pid (PostgreSQL's postmaster, for its CPU), --jdbc (see {@link Options}).
 */
public class MixedWorkloadBenchmark {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Z]{2}-\\d{4}-\\d{6})\"");
    private static final Pattern INPUT_ERROR = Pattern.compile("class=\"[^\"]*\\bis-invalid\\b");
    private static final Pattern FIELD_ERROR = Pattern.compile("id=\"([A-Za-z]+)-error\"");
    private static final Pattern SIGN_IN_FORM = Pattern.compile("<form[^>]+action=\"/login\"");
    private static final Pattern METRIC_VALUE = Pattern.compile("\"statistic\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"value\"\\s*:\\s*([-0-9.Ee+]+)");
    private static final int CASES_PER_EDITOR = 40;
    private static final List<String> NAMES = List.of("Muhammad Aslam", "Fatima Bibi", "Mohammad Iqbal", "Ali Raza",
            "Nasreen Akhtar", "Ghulam Abbas", "Shazia Parveen", "Muhammed Hussain", "Rukhsana", "Imran Khan");

    enum Kind {
        CASEWORKER("caseworker", "CASEWORKER"), SUPERVISOR("supervisor", "SUPERVISOR"), ANALYST("analyst", "ANALYST"),
        COMMITTEE_MEMBER("committee", "COMMITTEE_MEMBER");

        final String prefix;
        final String role;

        Kind(String prefix, String role) {
            this.prefix = prefix;
            this.role = role;
        }

        boolean casework() {
            return this == CASEWORKER || this == SUPERVISOR;
        }
    }

    record Account(String username, Kind kind, long agencyId, List<String> editableCases) {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(Map.ofEntries(Map.entry("users", "100"), Map.entry("duration", "300s"),
                Map.entry("warmup", "30s"), Map.entry("think", "1s"), Map.entry("timeout", "10s"),
                Map.entry("template-user", "fia.lahore"), Map.entry("admin", "admin"), Map.entry("pid", ""),
                Map.entry("db-pid", "")), args);
        String base = options.get("url");
        int users = options.integer("users");
        Duration duration = duration(options.get("duration"));
        Duration warmup = duration(options.get("warmup"));
        Duration think = duration(options.get("think"));
        Duration timeout = duration(options.get("timeout"));
        String pid = options.get("pid");
        String dbPid = options.get("db-pid");

        List<Account> accounts;
        try (Connection db = DriverManager.getConnection(options.jdbc())) {
            accounts = new Accounts(db).prepare(users, options.get("template-user"));
        }
        Map<Kind, Long> mix = new TreeMap<>();
        accounts.forEach(account -> mix.merge(account.kind(), 1L, Long::sum));
        System.out.printf("Users: %s%n", mix);

        // The memory is read once more at the end, while the application may still work off abandoned requests.
        Browser admin = Browser.signIn(base, options.get("admin"), options.get("password"), timeout);
        Map<String, Double> memoryBefore = Memory.heap(admin);

        ExecutorService signIns = Executors.newFixedThreadPool(8);
        List<Future<Browser>> pending = new ArrayList<>();
        for (Account account : accounts) {
            pending.add(signIns.submit(() -> Browser.signIn(base, account.username(), options.get("password"), timeout)));
        }
        List<Browser> sessions = new ArrayList<>();
        for (Future<Browser> session : pending) {
            sessions.add(session.get());
        }
        signIns.shutdown();
        System.out.printf("%d users signed in, each with its own session; warm-up %ds, measured %ds, think time %d ms mean%n",
                sessions.size(), warmup.toSeconds(), duration.toSeconds(), think.toMillis());
        System.out.printf("Load average at start: %s%n", Memory.loadAverage());

        long now = System.nanoTime();
        Recorder recorder = new Recorder(now + warmup.toNanos(), now + warmup.toNanos() + duration.toNanos(), timeout);
        long[] cpuAtMeasureStart;
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < accounts.size(); i++) {
                User user = new User(accounts.get(i), sessions.get(i), recorder, think);
                workers.submit(user::run);
            }
            Thread.sleep(warmup);
            cpuAtMeasureStart = new long[] {Memory.cpuTicks(pid), Memory.cpuTicks(dbPid)};
        }
        long[] cpuAtEnd = {Memory.cpuTicks(pid), Memory.cpuTicks(dbPid)};

        System.out.printf("Load average at end:   %s%n%n", Memory.loadAverage());
        int pages = recorder.print(duration);
        System.out.println();
        Memory.print(memoryBefore, Memory.heap(admin));
        if (!pid.isBlank()) {
            Memory.printProcess(pid);
        }
        // CPU per page: a figure the other load on a shared machine disturbs far less than the response times.
        String[] names = {"Application", "PostgreSQL"};
        String[] pids = {pid, dbPid};
        for (int i = 0; i < pids.length; i++) {
            if (!pids[i].isBlank()) {
                double seconds = (cpuAtEnd[i] - cpuAtMeasureStart[i]) / 100.0;
                System.out.printf("%s CPU in the measured window: %.1f s, %.1f ms per page%n", names[i], seconds,
                        pages == 0 ? 0 : seconds * 1000 / pages);
            }
        }
    }

    // ------------------------------------------------------------------ benchmark accounts

    /** Creates (or reuses) one account per simulated user and picks, per editor, cases no other user edits. */
    static final class Accounts {

        private final Connection db;

        Accounts(Connection db) {
            this.db = db;
        }

        List<Account> prepare(int users, String templateUser) throws SQLException {
            String passwordHash = string("select password_hash from app_user where lower(username) = lower(?)", templateUser);
            long templateAgency = number("select agency_id from app_user where lower(username) = lower(?)", templateUser);
            // Analysts and committee members belong to the agencies of the demo's; a committee member's reach is the
            // committee where it holds a term (see committeeTerm).
            long analystAgency = agencyOfRole("ANALYST", templateAgency);
            long committeeAgency = agencyOfRole("COMMITTEE_MEMBER", templateAgency);
            List<Long> caseAgencies = numbers("select a.id from agency a where a.active and exists "
                    + "(select 1 from victim_case c where c.owning_agency_id = a.id) order by a.id");
            if (caseAgencies.isEmpty()) {
                throw new IllegalStateException("No agency owns a case: load cases first");
            }

            int analysts = Math.max(1, users / 10);
            int committee = Math.max(1, users / 10);
            int supervisors = Math.max(1, users / 10);
            int caseworkers = Math.max(0, users - analysts - committee - supervisors);
            List<Account> accounts = new ArrayList<>();
            AtomicInteger created = new AtomicInteger();
            for (int i = 1; i <= caseworkers; i++) {
                accounts.add(account(Kind.CASEWORKER, i, caseAgencies.get((i - 1) % caseAgencies.size()), passwordHash, created));
            }
            for (int i = 1; i <= supervisors; i++) {
                accounts.add(account(Kind.SUPERVISOR, i, caseAgencies.get((i - 1) % caseAgencies.size()), passwordHash, created));
            }
            for (int i = 1; i <= analysts; i++) {
                accounts.add(account(Kind.ANALYST, i, analystAgency, passwordHash, created));
            }
            for (int i = 1; i <= committee; i++) {
                accounts.add(account(Kind.COMMITTEE_MEMBER, i, committeeAgency, passwordHash, created));
            }
            System.out.printf("Benchmark accounts: %d created, %d reused (password of %s)%n", created.get(),
                    accounts.size() - created.get(), templateUser);
            return withEditableCases(accounts);
        }

        /** The account bench.<kind>.<nnn>, created if missing; reused ones are reset so that they can sign in. */
        private Account account(Kind kind, int n, long agencyId, String passwordHash, AtomicInteger created) throws SQLException {
            String username = "bench.%s.%03d".formatted(kind.prefix, n);
            List<Long> existing = numbers("select id from app_user where lower(username) = lower(?)", username);
            long id;
            if (existing.isEmpty()) {
                try (PreparedStatement insert = db.prepareStatement("insert into app_user (username, full_name, agency_id, "
                        + "password_hash, must_change_password, active) values (?, ?, ?, ?, false, true) returning id")) {
                    insert.setString(1, username);
                    insert.setString(2, "Benchmark " + kind.prefix + " " + n);
                    insert.setLong(3, agencyId);
                    insert.setString(4, passwordHash);
                    try (ResultSet row = insert.executeQuery()) {
                        row.next();
                        id = row.getLong(1);
                    }
                }
                created.incrementAndGet();
                System.out.printf("  created %s (%s, agency %d)%n", username, kind.role, agencyId);
            } else {
                id = existing.getFirst();
                try (PreparedStatement reset = db.prepareStatement("update app_user set password_hash = ?, "
                        + "must_change_password = false, active = true, failed_attempts = 0, locked_until = null where id = ?")) {
                    reset.setString(1, passwordHash);
                    reset.setLong(2, id);
                    reset.executeUpdate();
                }
                agencyId = number("select agency_id from app_user where id = ?", id);
            }
            try (PreparedStatement role = db.prepareStatement(
                    "insert into app_user_role (user_id, role) values (?, ?) on conflict do nothing")) {
                role.setLong(1, id);
                role.setString(2, kind.role);
                role.executeUpdate();
            }
            if (kind == Kind.COMMITTEE_MEMBER) {
                committeeTerm(username, id, agencyId);
            }
            return new Account(username, kind, agencyId, List.of());
        }

        /**
         * A committee member without a current term sees no committee and no statistics: the account gets an
         * open-ended MEMBER term from today on the committee where the first demo committee member holds one (kept
         * on reruns, which find the term current).
         */
        private void committeeTerm(String username, long userId, long agencyId) throws SQLException {
            String current = "m.term_from <= current_date and (m.term_to is null or m.term_to >= current_date)";
            if (!numbers("select m.id from committee_membership m where m.user_id = ? and " + current, userId).isEmpty()) {
                return;
            }
            List<Long> committees = numbers("select m.committee_id from committee_membership m "
                    + "join app_user_role r on r.user_id = m.user_id and r.role = 'COMMITTEE_MEMBER' "
                    + "join app_user u on u.id = m.user_id and u.username not like 'bench.%' "
                    + "where " + current + " order by m.id limit 1");
            if (committees.isEmpty()) {
                throw new IllegalStateException("No committee member of the demo holds a current term: nothing to "
                        + "give " + username);
            }
            try (PreparedStatement term = db.prepareStatement("insert into committee_membership (committee_id, user_id, "
                    + "agency_id, role, term_from, created_by) values (?, ?, ?, 'MEMBER', current_date, 'benchmark')")) {
                term.setLong(1, committees.getFirst());
                term.setLong(2, userId);
                term.setLong(3, agencyId);
                term.executeUpdate();
            }
        }

        /** Each agency's open cases dealt out among its editors: no two users ever edit the same case. */
        private List<Account> withEditableCases(List<Account> accounts) throws SQLException {
            Map<Long, List<Integer>> editorsByAgency = new LinkedHashMap<>();
            for (int i = 0; i < accounts.size(); i++) {
                if (accounts.get(i).kind().casework()) {
                    editorsByAgency.computeIfAbsent(accounts.get(i).agencyId(), agency -> new ArrayList<>()).add(i);
                }
            }
            List<Account> result = new ArrayList<>(accounts);
            for (Map.Entry<Long, List<Integer>> agency : editorsByAgency.entrySet()) {
                List<Integer> editors = agency.getValue();
                List<String> cases = new ArrayList<>();
                try (PreparedStatement select = db.prepareStatement("select case_number from victim_case where "
                        + "owning_agency_id = ? and status in ('ACTIVE', 'FOLLOW_UP') order by random() limit ?")) {
                    select.setLong(1, agency.getKey());
                    select.setInt(2, editors.size() * CASES_PER_EDITOR);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            cases.add(rows.getString(1));
                        }
                    }
                }
                for (int e = 0; e < editors.size(); e++) {
                    List<String> own = new ArrayList<>();
                    for (int c = e; c < cases.size(); c += editors.size()) {
                        own.add(cases.get(c));
                    }
                    if (own.isEmpty()) {
                        throw new IllegalStateException("Agency " + agency.getKey() + " has too few open cases for its "
                                + editors.size() + " benchmark users");
                    }
                    Account account = result.get(editors.get(e));
                    result.set(editors.get(e), new Account(account.username(), account.kind(), account.agencyId(), own));
                }
            }
            return result;
        }

        private long agencyOfRole(String role, long fallback) throws SQLException {
            List<Long> agencies = numbers("select u.agency_id from app_user u join app_user_role r on r.user_id = u.id "
                    + "where r.role = ? and u.active and u.username not like 'bench.%' order by u.id limit 1", role);
            return agencies.isEmpty() ? fallback : agencies.getFirst();
        }

        private String string(String sql, Object parameter) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setObject(1, parameter);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("No row for " + parameter + ": " + sql);
                    }
                    return rows.getString(1);
                }
            }
        }

        private long number(String sql, Object parameter) throws SQLException {
            return Long.parseLong(string(sql, parameter));
        }

        private List<Long> numbers(String sql, Object... parameters) throws SQLException {
            List<Long> values = new ArrayList<>();
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getLong(1));
                    }
                }
            }
            return values;
        }
    }

    // ------------------------------------------------------------------ one simulated user

    /** What a page did wrong, in words for the report. */
    static final class PageError extends Exception {
        PageError(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A signed-in user's loop: pick a page by the role's mix, load it, check it, think, again, until the end. */
    static final class User {

        private final Account account;
        private final Browser session;
        private final Recorder recorder;
        private final Duration think;
        private final String lastYear = String.valueOf(LocalDate.now().getYear() - 1);
        private List<String> listedCases = List.of();
        private int nextOwnCase;

        User(Account account, Browser session, Recorder recorder, Duration think) {
            this.account = account;
            this.session = session;
            this.recorder = recorder;
            this.think = think;
        }

        void run() {
            pause(ThreadLocalRandom.current().nextLong(Math.max(1, think.toMillis())));
            while (recorder.running()) {
                if (account.kind().casework()) {
                    casework(ThreadLocalRandom.current().nextInt(100));
                } else {
                    statistics(ThreadLocalRandom.current().nextInt(100));
                }
                pause(thinkTime());
            }
        }

        /** Caseworkers and supervisors: mostly the list and case pages, some saves, now and then their dashboard. */
        private void casework(int dice) {
            if (dice < 15) {
                list("case list, first page", "/cases");
            } else if (dice < 27) {
                list("case list, filtered", pick(List.of("/cases?status=FOLLOW_UP", "/cases?sex=FEMALE&age=CHILD",
                        "/cases?exploitation=BONDED_LABOUR&from=" + lastYear + "-01-01&to=" + lastYear + "-12-31",
                        "/cases?province=PK6&status=ACTIVE")));
            } else if (dice < 35) {
                list("case list, next page", "/cases?page=" + (1 + ThreadLocalRandom.current().nextInt(4)));
            } else if (dice < 43) {
                list("case list, name search", "/cases?q=" + Browser.enc(pick(NAMES)));
            } else if (dice < 73) {
                String caseNumber = listedCases.isEmpty() ? ownCase() : pick(listedCases);
                get("case page", "/cases/" + caseNumber);
            } else if (dice < 85) {
                saveEdit(ownCase());
            } else if (dice < 92) {
                addNote(ownCase());
            } else {
                get("dashboard, own agency", "/statistics");
            }
        }

        /** Analysts and committee members: the dashboard, filtered, and the annual report. */
        private void statistics(int dice) {
            if (dice < 45) {
                get("dashboard, country or province", "/statistics");
            } else if (dice < 65) {
                get("dashboard, filtered", pick(List.of("/statistics?from=" + lastYear + "-01&to=" + lastYear + "-12",
                        "/statistics?province=PK6&agencyType=NGO", "/statistics?province=PK6&district=PK617")));
            } else {
                get("annual report", pick(List.of("/statistics/annual?year=" + lastYear,
                        "/statistics/annual?year=" + lastYear + "&province=PK6")));
            }
        }

        private void list(String type, String path) {
            String body = get(type, path);
            if (body != null) {
                List<String> found = new ArrayList<>();
                Matcher link = CASE_LINK.matcher(body);
                while (link.find()) {
                    found.add(link.group(1));
                }
                if (!found.isEmpty()) {
                    listedCases = found;
                }
            }
        }

        /** GET the edit form, change the phone number, POST it back with its version and CSRF token, follow the PRG. */
        private void saveEdit(String caseNumber) {
            String form = get("edit form", "/cases/" + caseNumber + "/edit");
            if (form == null) {
                return;
            }
            HtmlForm edit = HtmlForm.parse(form, "case-form");
            edit.set("phone", "+92 3%02d %07d".formatted(ThreadLocalRandom.current().nextInt(100),
                    ThreadLocalRandom.current().nextInt(10_000_000)));
            postAndFollow("save edit", edit.action(), edit.encoded(), "/cases/" + caseNumber);
        }

        /** Add a note from the case page's note form, follow the PRG back to the case page. */
        private void addNote(String caseNumber) {
            String page = get("case page", "/cases/" + caseNumber);
            if (page == null) {
                return;
            }
            Matcher csrf = Browser.CSRF.matcher(page);
            if (!csrf.find()) {
                recorder.error("add note", System.nanoTime(), "no CSRF token on the case page");
                return;
            }
            String form = "body=" + Browser.enc("Spoke to the victim by phone; follow-up visit agreed (" + account.username() + ")")
                    + "&_csrf=" + Browser.enc(csrf.group(1));
            postAndFollow("add note", "/cases/" + caseNumber + "/notes", form, "/cases/" + caseNumber);
        }

        private String get(String type, String path) {
            return recorded(type, () -> {
                HttpResponse<String> response = session.get(path);
                if (response.statusCode() != 200) {
                    throw new PageError(unexpected(response));
                }
                checkPage(response.body());
                return response.body();
            });
        }

        /** What the page needs from the application, timed and recorded; an error is recorded by its reason. */
        private String recorded(String type, Step step) {
            long start = System.nanoTime();
            try {
                String body = step.run();
                recorder.ok(type, start);
                return body;
            } catch (PageError e) {
                recorder.error(type, start, e.getMessage());
            } catch (HttpTimeoutException e) {
                recorder.error(type, start, "timeout");
            } catch (IOException e) {
                recorder.error(type, start, "I/O: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        interface Step {
            String run() throws PageError, IOException, InterruptedException;
        }

        /** A save: the POST must answer 302 to {@code expected} (PRG), and that page must show the success message. */
        private void postAndFollow(String type, String path, String form, String expected) {
            recorded(type, () -> {
                HttpResponse<String> posted = session.post(path, form);
                if (posted.statusCode() == 200 && posted.body().contains("id=\"stale-edit\"")) {
                    throw new PageError("stale edit refused");
                }
                if (posted.statusCode() == 200) {
                    List<String> fields = new ArrayList<>();
                    Matcher field = FIELD_ERROR.matcher(posted.body());
                    while (field.find()) {
                        fields.add(field.group(1));
                    }
                    throw new PageError("form shown again with errors " + fields);
                }
                String location = posted.headers().firstValue("Location").orElse("");
                if (posted.statusCode() != 302 || !URI.create(path).resolve(location).getPath().equals(expected)) {
                    throw new PageError(unexpected(posted));
                }
                HttpResponse<String> page = session.get(expected);
                if (page.statusCode() != 200) {
                    throw new PageError("after the redirect: " + unexpected(page));
                }
                checkPage(page.body());
                if (!page.body().contains("alert-success")) {
                    throw new PageError("no success message after the redirect");
                }
                return page.body();
            });
        }

        private static void checkPage(String body) throws PageError {
            if (SIGN_IN_FORM.matcher(body).find()) {
                throw new PageError("sign-in page instead of the page");
            }
            if (INPUT_ERROR.matcher(body).find()) {
                throw new PageError("page shows an input error");
            }
        }

        private static String unexpected(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location != null && URI.create(location).getPath().startsWith("/login")) {
                return "redirected to the sign-in page";
            }
            return "HTTP " + response.statusCode() + (location == null ? "" : " to " + URI.create(location).getPath());
        }

        private String ownCase() {
            List<String> own = account.editableCases();
            return own.get(nextOwnCase++ % own.size());
        }

        /** Exponential pauses around the mean (people read some pages longer), capped at five times the mean. */
        private long thinkTime() {
            double mean = think.toMillis();
            return (long) Math.min(5 * mean, -mean * Math.log(1 - ThreadLocalRandom.current().nextDouble()));
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static <T> T pick(List<T> values) {
            return values.get(ThreadLocalRandom.current().nextInt(values.size()));
        }
    }

    // ------------------------------------------------------------------ forms

    /**
     * The fields a browser would submit from a form of the page: inputs (checkboxes only when checked), the selected
     * options of each select (the first option of a single select when none is), textareas; in page order.
     */
    static final class HtmlForm {

        private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?");
        private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>(.*?)</option>", Pattern.DOTALL);

        private final String action;
        private final List<String[]> fields = new ArrayList<>();

        private HtmlForm(String action) {
            this.action = action;
        }

        static HtmlForm parse(String page, String formClass) {
            Matcher start = Pattern.compile("<form\\b[^>]*class=\"[^\"]*\\b" + formClass + "\\b[^\"]*\"[^>]*>").matcher(page);
            if (!start.find()) {
                throw new IllegalStateException("No form ." + formClass + " on the page");
            }
            String html = page.substring(start.end(), page.indexOf("</form>", start.end()));
            HtmlForm form = new HtmlForm(unescape(attributes(start.group()).get("action")));
            Matcher control = CONTROL.matcher(html);
            while (control.find()) {
                Map<String, String> attributes = attributes(control.group(2));
                String name = attributes.get("name");
                if (name == null || attributes.containsKey("disabled")) {
                    continue;
                }
                int end = control.end();
                switch (control.group(1).toLowerCase()) {
                    case "input" -> {
                        String type = attributes.getOrDefault("type", "text").toLowerCase();
                        boolean submitted = switch (type) {
                            case "checkbox", "radio" -> attributes.containsKey("checked");
                            case "submit", "button", "reset", "image", "file" -> false;
                            default -> true;
                        };
                        if (submitted) {
                            form.fields.add(new String[] {name, unescape(attributes.getOrDefault("value",
                                    type.equals("checkbox") || type.equals("radio") ? "on" : ""))});
                        }
                    }
                    case "textarea" -> form.fields.add(new String[] {name,
                            unescape(html.substring(end, html.indexOf("</textarea>", end)).replaceFirst("^\n", ""))});
                    default -> {
                        Matcher option = OPTION.matcher(html.substring(end, html.indexOf("</select>", end)));
                        List<String> all = new ArrayList<>();
                        List<String> selected = new ArrayList<>();
                        while (option.find()) {
                            Map<String, String> optionAttributes = attributes(option.group(1));
                            String value = unescape(optionAttributes.getOrDefault("value", option.group(2).strip()));
                            all.add(value);
                            if (optionAttributes.containsKey("selected")) {
                                selected.add(value);
                            }
                        }
                        if (selected.isEmpty() && !attributes.containsKey("multiple") && !all.isEmpty()) {
                            selected.add(all.getFirst());
                        }
                        selected.forEach(value -> form.fields.add(new String[] {name, value}));
                    }
                }
            }
            return form;
        }

        String action() {
            return action;
        }

        void set(String name, String value) {
            for (String[] field : fields) {
                if (field[0].equals(name)) {
                    field[1] = value;
                    return;
                }
            }
            throw new IllegalStateException("No field " + name + " in the form");
        }

        String encoded() {
            return String.join("&", fields.stream().map(field -> Browser.enc(field[0]) + "=" + Browser.enc(field[1])).toList());
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(tag.replaceFirst("^<\\w+", ""));
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(), attribute.group(2) == null ? "" : attribute.group(2));
            }
            return attributes;
        }

        private static String unescape(String html) {
            Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(html);
            StringBuilder text = new StringBuilder();
            while (entity.find()) {
                String name = entity.group(1);
                String character = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> Character.toString(name.startsWith("#x")
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
                };
                entity.appendReplacement(text, Matcher.quoteReplacement(character));
            }
            return entity.appendTail(text).toString();
        }
    }

    // ------------------------------------------------------------------ what was measured

    /** Response times and errors per page type, for requests that started in the measured window only. */
    static final class Recorder {

        private final long measureFrom;
        private final long measureUntil;
        private final Duration timeout;
        private final AtomicInteger warmupErrors = new AtomicInteger();
        private final Map<String, List<Double>> times = new ConcurrentHashMap<>();
        private final Map<String, Map<String, AtomicInteger>> errors = new ConcurrentHashMap<>();

        Recorder(long measureFrom, long measureUntil, Duration timeout) {
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.timeout = timeout;
        }

        boolean running() {
            return System.nanoTime() < measureUntil;
        }

        /** A page that answered as expected; one that took longer than the timeout (body and redirect included) fails. */
        void ok(String type, long start) {
            long elapsed = System.nanoTime() - start;
            if (elapsed > timeout.toNanos()) {
                error(type, start, "slower than the timeout of " + timeout.toMillis() + " ms");
            } else {
                time(type, start, elapsed);
            }
        }

        void error(String type, long start, String reason) {
            time(type, start, System.nanoTime() - start);
            if (measured(start)) {
                errors.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
            } else {
                warmupErrors.incrementAndGet();
            }
        }

        private void time(String type, long start, long elapsed) {
            if (measured(start)) {
                times.computeIfAbsent(type, t -> Collections.synchronizedList(new ArrayList<>())).add(elapsed / 1e6);
            }
        }

        private boolean measured(long start) {
            return start >= measureFrom && start < measureUntil;
        }

        /** Prints the table and the errors; answers the number of pages measured. */
        int print(Duration duration) {
            System.out.printf("%-32s %7s %7s %8s %8s %8s %8s %7s%n", "page", "count", "errors", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "req/s");
            int totalCount = 0;
            int totalErrors = 0;
            for (Map.Entry<String, List<Double>> type : new TreeMap<>(times).entrySet()) {
                double[] sorted;
                synchronized (type.getValue()) {
                    sorted = type.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                }
                int failed = errors.getOrDefault(type.getKey(), Map.of()).values().stream().mapToInt(AtomicInteger::get).sum();
                totalCount += sorted.length;
                totalErrors += failed;
                System.out.printf("%-32s %7d %7d %8.0f %8.0f %8.0f %8.0f %7.1f%n", type.getKey(), sorted.length, failed,
                        Percentiles.of(sorted, 50), Percentiles.of(sorted, 95), Percentiles.of(sorted, 99), sorted[sorted.length - 1],
                        sorted.length / (double) duration.toSeconds());
            }
            System.out.printf("%-32s %7d %7d %44.1f%n", "all pages", totalCount, totalErrors, totalCount / (double) duration.toSeconds());
            System.out.printf("%nErrors: %d (and %d during the warm-up, not counted)%n", totalErrors, warmupErrors.get());
            new TreeMap<>(errors).forEach((type, reasons) -> reasons.forEach((reason, count) ->
                    System.out.printf("  %-32s %6d  %s%n", type, count.get(), reason)));
            return totalCount;
        }
    }

    /** The application's memory: heap from its actuator metrics, resident set and CPU from /proc of its process. */
    static final class Memory {

        private static final List<String> HEAP = List.of("jvm.memory.used", "jvm.memory.committed", "jvm.memory.max");

        static Map<String, Double> heap(Browser admin) {
            Map<String, Double> values = new LinkedHashMap<>();
            try {
                for (String metric : HEAP) {
                    values.put(metric, value(admin, "/actuator/metrics/" + metric + "?tag=area:heap", "VALUE"));
                }
                values.put("gc pauses", value(admin, "/actuator/metrics/jvm.gc.pause", "COUNT"));
                values.put("gc pause seconds", value(admin, "/actuator/metrics/jvm.gc.pause", "TOTAL_TIME"));
            } catch (Exception e) {
                System.out.printf("Actuator metrics not reachable: %s%n", e.getMessage());
            }
            return values;
        }

        private static double value(Browser admin, String path, String statistic) throws Exception {
            HttpResponse<String> response = admin.get(path);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + response.statusCode());
            }
            Matcher measurement = METRIC_VALUE.matcher(response.body());
            while (measurement.find()) {
                if (measurement.group(1).equals(statistic)) {
                    return Double.parseDouble(measurement.group(2));
                }
            }
            throw new IllegalStateException(path + ": no " + statistic + " in " + response.body());
        }

        static void print(Map<String, Double> before, Map<String, Double> after) {
            if (after.size() < HEAP.size()) {
                return;
            }
            System.out.printf("Heap at the end: used %,.0f MB, committed %,.0f MB, max %,.0f MB (used %,.0f MB before the run)%n",
                    mb(after.get("jvm.memory.used")), mb(after.get("jvm.memory.committed")), mb(after.get("jvm.memory.max")),
                    mb(before.getOrDefault("jvm.memory.used", Double.NaN)));
            if (after.containsKey("gc pauses") && before.containsKey("gc pauses")) {
                System.out.printf("GC during the run: %.0f pauses, %.2f s paused%n", after.get("gc pauses") - before.get("gc pauses"),
                        after.get("gc pause seconds") - before.get("gc pause seconds"));
            }
        }

        static void printProcess(String pid) throws IOException {
            Map<String, String> status = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                String[] pair = line.split(":\\s*", 2);
                status.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            System.out.printf("Process %s (%s): VmRSS %s, VmHWM (peak RSS) %s, threads %s%n", pid, status.get("Name"),
                    status.get("VmRSS"), status.get("VmHWM"), status.get("Threads"));
        }

        /**
         * CPU used by a process and its children in clock ticks (100 a second on Linux): its own user and system time,
         * that of its children that have ended, and that of those still running (PostgreSQL's backends). 0 without pid.
         */
        static long cpuTicks(String pid) throws IOException {
            if (pid.isBlank()) {
                return 0;
            }
            String[] own = stat(Path.of("/proc", pid, "stat"));
            long ticks = Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13]) + Long.parseLong(own[14]);
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String[] child = stat(process.resolve("stat"));
                        if (child[1].equals(pid)) {
                            ticks += Long.parseLong(child[11]) + Long.parseLong(child[12]);
                        }
                    } catch (IOException ended) {
                        // the process ended while we looked: its time is now its parent's
                    }
                }
            }
            return ticks;
        }

        /** The fields of /proc/<pid>/stat after the command name, from the state on (state, ppid, …). */
        private static String[] stat(Path file) throws IOException {
            String stat = Files.readString(file);
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }

        static String loadAverage() throws IOException {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min)";
        }

        private static double mb(double bytes) {
            return bytes / 1024 / 1024;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Duration duration(String value) {
        Matcher amount = Pattern.compile("(\\d+)(ms|s|m)?").matcher(value.strip());
        if (!amount.matches()) {
            throw new IllegalArgumentException("Not a duration: " + value + " (e.g. 300s, 5m, 500ms)");
        }
        long n = Long.parseLong(amount.group(1));
        return switch (amount.group(2) == null ? "s" : amount.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
