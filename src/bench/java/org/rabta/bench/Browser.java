package org.rabta.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in user of a running Rabta, as a browser: its own cookies (session, CSRF), signed in through the sign-in
 * form; redirects are not followed, so that a redirect to the sign-in page is never mistaken for the page asked for.
 * The API takes no session: its requests ({@code /api/...}) carry the user's HTTP Basic credentials instead.
 */
public record Browser(HttpClient client, String base, Duration timeout, String apiAuthorization) {

    public static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Z]{2}-\\d{4}-\\d{6})\"");

    /** Signing in precedes any measurement, and a freshly started application answers its first pages slowly. */
    private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(60);

    /** A browser that has not signed in (to measure another application, or public pages). */
    public static Browser anonymous(String base, Duration timeout) {
        return new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build(), base, timeout, "");
    }

    public static Browser signIn(String base, String user, String password, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient client = anonymous(base, timeout).client();
        String basic = basic(user, password);
        Browser signingIn = new Browser(client, base, SIGN_IN_TIMEOUT.compareTo(timeout) > 0 ? SIGN_IN_TIMEOUT : timeout,
                basic);
        Matcher csrf = CSRF.matcher(signingIn.get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        HttpResponse<String> signedIn = signingIn.post("/login",
                "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1)));
        String location = signedIn.headers().firstValue("Location").orElse("/login");
        if (signedIn.statusCode() != 302 || URI.create(location).getPath().startsWith("/login")) {
            throw new IllegalStateException("Sign-in failed for " + user + " (HTTP " + signedIn.statusCode() + " to "
                    + location + ")");
        }
        return new Browser(client, base, timeout, basic);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (path.startsWith("/api/")) {
            request.header("Authorization", apiAuthorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of a page that must answer 200 (not a redirect, not an error). */
    public HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path
                    + response.headers().firstValue("Location").map(location -> " to " + location).orElse(""));
        }
        return response;
    }

    /** The case numbers linked from the first page of the user's case list (the cases a benchmark opens). */
    public List<String> firstListPageCases() throws IOException, InterruptedException {
        List<String> caseNumbers = new ArrayList<>();
        Matcher link = CASE_LINK.matcher(page("/cases").body());
        while (link.find()) {
            caseNumbers.add(link.group(1));
        }
        if (caseNumbers.isEmpty()) {
            throw new IllegalStateException("No case on the first page of the case list");
        }
        return caseNumbers;
    }

    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Authorization header of HTTP Basic, for the API (stateless: no session to sign in to). */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
