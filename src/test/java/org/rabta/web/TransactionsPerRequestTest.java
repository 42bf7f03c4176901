package org.rabta.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.Role;
import org.rabta.demo.ScreenMappings;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TransactionCounter;
import org.rabta.support.ValuesKeptInMemory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database transactions each request of a signed-in user costs: one for a full HTML page (the session's read and
 * the audit of what it shows included, web.PageTransactions; issue 14 allows two), one for an htmx fragment and none
 * for a static asset. A second transaction on a page is a read made while the page renders, after its transaction.
 * Real HTTP with a real session cookie, so the session store's reads and writes count as they do in use.
 * The pages are not a hand-kept list: one demo user of each role walks every link from the home page, each screen
 * pattern of the handler mappings once, and every page it reaches is counted. The counts are printed:
 * docs/PERFORMANCE.md quotes them.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class TransactionsPerRequestTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|images|webjars)/[^\"]+)\"");
    /** A file a stylesheet loads, other than one written inline ({@code data:}). */
    private static final Pattern STYLESHEET_URL = Pattern.compile("url\\(\\s*[\"']?(?!data:)([^\"')?#]+)");
    private static final String PASSWORD = "Rabta-demo-2026";

    private static final long CEILING_PER_PAGE = 1;
    private static final long CEILING_PER_FRAGMENT = 1;
    private static final long CEILING_PER_ASSET = 0;

    /** A demo user of each role; {@link #oneUserOfEachRole} fails when a role is added without one. */
    private static final Map<Role, String> USER_OF_ROLE = Map.of(Role.CASEWORKER, "police.lahore",
            Role.SUPERVISOR, "fia.lahore.supervisor", Role.COMMITTEE_MEMBER, "committee.lahore", Role.ADMIN, "admin",
            Role.ANALYST, "analyst");

    @LocalServerPort
    int port;

    private final TransactionCounter counter;

    private final UserDetailsService users;

    private final ConfigurableApplicationContext context;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping handlerMapping;

    @Test
    void oneUserOfEachRole() {
        assertThat(USER_OF_ROLE.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Role.class));
        USER_OF_ROLE.forEach((role, username) -> assertThat(users.loadUserByUsername(username).getAuthorities())
                .as(username).anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name())));
    }

    @Test
    void everyPageEachRoleReachesRunsOneTransaction() throws Exception {
        ScreenMappings mappings = new ScreenMappings(handlerMapping);
        ValuesKeptInMemory kept = ValuesKeptInMemory.of(context);
        assertThat(kept.size()).as("values kept in memory found in the context").isPositive();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<String>> transactionsOf = new LinkedHashMap<>();
        Set<PathPattern> reached = new HashSet<>();
        for (String username : new TreeSet<>(USER_OF_ROLE.values())) {
            HttpClient browser = signIn(username);
            Set<PathPattern> visited = new HashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            while (!queue.isEmpty()) {
                String page = queue.poll();
                Optional<PathPattern> screen = mappings.patternOf(URI.create(page).getPath())
                        .filter(mappings.screens()::contains);
                if (screen.isEmpty() || !visited.add(screen.get())) {
                    continue;
                }
                // Every value kept in memory expires before each page, so that a page which reloads one outside its
                // transaction (a template asking a service while it renders) fails every time, not once a minute.
                kept.expireAll();
                Counted response = transactions(browser, page, Map.of());
                if (response.status() != 200 || !response.isHtml()) {
                    continue;
                }
                reached.add(screen.get());
                counts.put(username + " " + page, response.transactions());
                transactionsOf.put(username + " " + page, response.described());
                Matcher link = LINK.matcher(response.body());
                while (link.find()) {
                    String href = link.group(1).replace("&amp;", "&");
                    // ?lang= is the one GET that changes something (the remembered language); /logout is a POST.
                    if (!href.contains("lang=") && !href.startsWith("/logout")) {
                        queue.add(href);
                    }
                }
            }
        }
        System.out.println("Transactions per page view (" + counts.size() + " pages): " + counts);
        System.out.println("Screens no demo user reached by a link: " + mappings.screens().stream()
                .filter(screen -> !reached.contains(screen)).map(PathPattern::getPatternString).toList());
        assertThat(reached.stream().map(PathPattern::getPatternString))
                .as("the main pages of every feature").contains("/", "/cases", "/cases/{caseNumber:[A-Z]{2}-\\d{4}-\\d{6}}",
                        "/referrals", "/statistics", "/account", "/notifications");
        // At least the session's read: a counter that sees nothing (request threads renamed) must not pass unnoticed.
        assertThat(counts).allSatisfy((page, count) -> assertThat(count)
                .as("%s ran %s", page, transactionsOf.get(page)).isBetween(1L, CEILING_PER_PAGE));
    }

    @Test
    void anHtmxFragmentRunsOneTransaction() throws Exception {
        HttpClient browser = signIn("police.lahore");
        ValuesKeptInMemory.of(context).expireAll();
        Counted fragment = transactions(browser, "/cases?q=Aslam", Map.of("HX-Request", "true"));
        System.out.println("Transactions per htmx fragment (case search results): " + fragment.transactions());
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.transactions()).as("ran %s", fragment.described()).isBetween(1L, CEILING_PER_FRAGMENT);
    }

    /**
     * However many lists wait for a user, the home page reads them in one statement (one round trip to the database)
     * and the navigation's count in one more: six round trips of their own cost more than the lists' queries did.
     */
    @Test
    void theWorkListsAreReadInOneRoundTrip() throws Exception {
        int mostListsInOne = 0;
        for (String username : new TreeSet<>(USER_OF_ROLE.values())) {
            HttpClient browser = signIn(username);
            List<String> page = transactions(browser, "/", Map.of()).statements();
            List<String> lists = page.stream().filter(sql -> sql.contains("work_total")).toList();
            assertThat(lists).as("%s's home page ran %s", username, page).hasSize(1);
            mostListsInOne = Math.max(mostListsInOne, lists.getFirst().split("work_total", -1).length - 1);
            List<String> count = transactions(browser, "/home/count", Map.of("HX-Request", "true")).statements();
            assertThat(count.stream().filter(sql -> sql.contains("select count(*) from ("))).as("%s's count ran %s", username, count)
                    .hasSize(1);
        }
        assertThat(mostListsInOne).as("lists read in one statement, for the user with most").isGreaterThan(2);
    }

    /** Every stylesheet, script and image the home page loads, and every file its stylesheets load (fonts, images). */
    @Test
    void aStaticAssetRunsNone() throws Exception {
        HttpClient browser = signIn("police.lahore");
        Set<String> assets = new TreeSet<>();
        Matcher asset = ASSET.matcher(transactions(browser, "/", Map.of()).body());
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        assertThat(assets).as("assets of the home page").hasSizeGreaterThanOrEqualTo(3);
        for (String stylesheet : assets.stream().filter(path -> path.endsWith(".css")).toList()) {
            Matcher loaded = STYLESHEET_URL.matcher(get(browser, stylesheet, Map.of()).body());
            while (loaded.find()) {
                assets.add(URI.create(stylesheet).resolve(loaded.group(1)).getPath());
            }
        }
        assertThat(assets).as("the Urdu font the stylesheet falls back on").contains("/fonts/NotoNaskhArabic-Regular.ttf");
        for (String path : assets) {
            Counted response = transactions(browser, path, Map.of());
            System.out.println("Transactions for static asset " + path + ": " + response.transactions());
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.transactions()).as("%s ran %s", path, response.described())
                    .isLessThanOrEqualTo(CEILING_PER_ASSET);
        }
    }

    private HttpClient signIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = get(browser, "/login", Map.of()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).as("sign-in form's CSRF token").isTrue();
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as(username + " signed in").isNotEqualTo("/login");
        // The first page after signing in settles the session (CSRF token, locale): not what each view costs.
        get(browser, "/", Map.of());
        return HttpClient.newBuilder().cookieHandler(browser.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A response and the transactions its request ran, each described by its thread and statements. */
    private record Counted(int status, String contentType, String body, List<String> described) {

        long transactions() {
            return described.size();
        }

        /** The statements of all its transactions ({@link TransactionCounter} writes each as "thread: sql | sql"). */
        List<String> statements() {
            return described.stream().flatMap(transaction -> Arrays.stream(transaction.substring(transaction.indexOf(": ") + 2)
                    .split(" \\| "))).toList();
        }

        boolean isHtml() {
            return contentType.startsWith("text/html");
        }
    }

    private Counted transactions(HttpClient browser, String path, Map<String, String> headers) throws Exception {
        long before = counter.transactions();
        HttpResponse<String> response = get(browser, path, headers);
        awaitSettled();
        return new Counted(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), counter.countedSince(before));
    }

    /** Waits until the request thread has finished its work after the response (at most a second). */
    private void awaitSettled() throws InterruptedException {
        long count = counter.transactions();
        for (int i = 0; i < 10; i++) {
            Thread.sleep(100);
            long now = counter.transactions();
            if (now == count) {
                return;
            }
            count = now;
        }
    }

    private HttpResponse<String> get(HttpClient browser, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
