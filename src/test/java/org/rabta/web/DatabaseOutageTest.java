package org.rabta.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rabta.RabtaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped and started for real under a running Rabta: pages, sign-in and the API answer 503 with
 * {@code Retry-After} within 2 s, a correct password is neither refused as wrong nor counted toward the lockout, an
 * edit is refused and not saved, health says DOWN, and within 10 s of the database's return the same session cookie
 * is served again.
 * <p>
 * The shared test database cannot be stopped (every other test uses it), so this class starts an application of its
 * own on a PostgreSQL of its own, in one context for the whole class: the demo's agencies and users, no demo cases.
 */
class DatabaseOutageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String USER = "fia.lahore";
    private static final String PASSWORD = "Rabta-demo-2026";
    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);

    @TempDir
    static Path dataDirectory;

    private static int databasePort;
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext application;
    private static String base;

    @BeforeAll
    static void startApplicationOnItsOwnDatabase() throws IOException {
        databasePort = freePort();
        postgres = startDatabase();
        application = new SpringApplicationBuilder(RabtaApplication.class)
                .profiles("demo", "test")
                // The test classes are on the class path: keep the shared test configuration (its own database) out.
                .initializers(context -> context.getBeanFactory().registerSingleton("withoutTestComponents", new WithoutTestComponents()))
                .run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--rabta.demo.cases=0", "--rabta.demo.screenings=0");
        base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() throws IOException {
        if (application != null) {
            application.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anOutageIsA503WithinTwoSecondsAndTheSameSessionIsServedOnceTheDatabaseIsBack() throws Exception {
        Browser signedIn = new Browser();
        signedIn.signIn();
        String passwordForm = signedIn.get("/account/password").body();
        Matcher token = CSRF.matcher(passwordForm);
        assertThat(token.find()).as("the password form's CSRF token").isTrue();
        Browser signingIn = new Browser();
        String loginPage = signingIn.get("/login").body();
        Matcher loginToken = CSRF.matcher(loginPage);
        assertThat(loginToken.find()).isTrue();
        Account before = account();

        postgres.close();
        try {
            Timed page = signedIn.timedGet("/cases");
            assertUnavailable(page, "text/html");
            assertThat(page.response().body()).contains("Rabta cannot reach its database").doesNotContain("Exception");
            Timed urdu = signedIn.timedGet("/?lang=ur");
            assertUnavailable(urdu, "text/html");
            assertThat(urdu.response().body()).contains("dir=\"rtl\"").contains("رابطہ اپنے ڈیٹا بیس تک نہیں پہنچ پا رہا");

            Timed edit = signedIn.timedPost("/account/password", "currentPassword=" + PASSWORD
                    + "&newPassword=Outage-proof-2026-x&confirmPassword=Outage-proof-2026-x&_csrf=" + encode(token.group(1)));
            assertUnavailable(edit, "text/html");

            Timed signIn = signingIn.timedPost("/login", "username=" + USER + "&password=" + PASSWORD + "&_csrf="
                    + encode(loginToken.group(1)));
            assertUnavailable(signIn, "text/html");
            assertThat(signIn.response().headers().firstValue("Location")).as("not sent back to the sign-in page").isEmpty();

            Timed api = new Browser().timed(HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
            assertUnavailable(api, "application/problem+json");
            assertThat(api.response().body()).contains("\"status\":503").contains("\"code\":\"unavailable.database\"");

            Timed health = new Browser().timedGet("/actuator/health");
            assertThat(health.response().statusCode()).isEqualTo(503);
            assertThat(health.response().body()).contains("DOWN");
            assertThat(health.elapsed()).isLessThan(PROMPT);
            System.out.printf("Database stopped: page %d ms, Urdu page %d ms, edit %d ms, sign-in %d ms, API %d ms, health %d ms%n",
                    page.elapsed().toMillis(), urdu.elapsed().toMillis(), edit.elapsed().toMillis(), signIn.elapsed().toMillis(),
                    api.elapsed().toMillis(), health.elapsed().toMillis());
        } finally {
            postgres = startDatabase();
        }

        long restarted = System.nanoTime();
        HttpResponse<String> home = signedIn.get("/");
        while (home.statusCode() != 200 && System.nanoTime() - restarted < BACK_WITHIN.toNanos()) {
            Thread.sleep(200);
            home = signedIn.get("/");
        }
        Duration back = Duration.ofNanos(System.nanoTime() - restarted);
        System.out.printf("Served again %d ms after the database was back%n", back.toMillis());
        assertThat(home.statusCode()).as("the session from before the outage, within %s", BACK_WITHIN).isEqualTo(200);
        assertThat(home.uri().getPath()).as("still signed in").isEqualTo("/");
        assertThat(account()).as("the edit refused during the outage saved nothing, and no failed sign-in was counted")
                .isEqualTo(before);
        assertThat(new Browser().get("/actuator/health").body()).contains("UP");
    }

    private static void assertUnavailable(Timed timed, String contentType) {
        HttpResponse<String> response = timed.response();
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        assertThat(timed.elapsed()).as(response.uri().toString()).isLessThan(PROMPT);
    }

    /** What the outage must not change: the password, the failed sign-ins counted and the lock. */
    private static Account account() throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             PreparedStatement select = db.prepareStatement(
                     "select password_hash, failed_attempts, locked_until from app_user where username = ?")) {
            select.setString(1, USER);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return new Account(row.getString(1), row.getInt(2), row.getObject(3));
            }
        }
    }

    private record Account(String passwordHash, int failedAttempts, Object lockedUntil) {
    }

    /** The same data directory and port each time, so that the restarted server has the sessions and the pool finds it. */
    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(databasePort).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Timed(HttpResponse<String> response, Duration elapsed) {
    }

    /** A browser of its own: a cookie jar, redirects not followed (a 302 to the sign-in page must show). */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void signIn() throws Exception {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> signedIn = post("/login", "username=" + USER + "&password=" + PASSWORD + "&_csrf=" + encode(token.group(1)));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        }

        HttpResponse<String> get(String path) throws Exception {
            return timedGet(path).response();
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return timedPost(path, form).response();
        }

        Timed timedGet(String path) throws Exception {
            return timed(HttpRequest.newBuilder(URI.create(base + path)));
        }

        Timed timedPost(String path, String form) throws Exception {
            return timed(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        Timed timed(HttpRequest.Builder request) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
            return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Leaves every class compiled from the tests out of the scan (the shared test configuration with its own database
     * and clock, and the fixtures that need them): this application is Rabta as it ships.
     */
    private static final class WithoutTestComponents extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
