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
 * The API takes no session: its requests ({@code /api/...}) carry a personal API token of the user
 * ({@code Authorization: Bearer}), which the signed-in user creates on the account page as a person would
 * ({@link #createApiToken}). Not HTTP Basic: its BCrypt check of the password on every request would be most of what
 * a benchmark measured.
 */
public record Browser(HttpClient client, String base, Duration timeout, String apiAuthorization) {

    public static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** The token on the page that has just created it, shown this once. */
    private static final Pattern NEW_TOKEN = Pattern.compile("<input[^>]*\\bid=\"new-token\"[^>]*\\bvalue=\"(rabta_[^\"]+)\"");

    /** The revoke button's form of one token, in the row showing its first characters. */
    private static final String REVOKE = "/account/api-tokens/(\\d+)/revoke";

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Z]{2}-\\d{4}-\\d{6})\"");

    /** Signing in precedes any measurement, and a freshly started application answers its first pages slowly. */
    private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(60);

    /** A browser that has not signed in (to measure another application, or public pages). */
    public static Browser anonymous(String base, Duration timeout) {
        return new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build(), base, timeout, "");
    }

    /** A client of the API alone: no cookies, as the API keeps no session; every request carries the token. */
    public static Browser api(String base, Duration timeout, String token) {
        return anonymous(base, timeout).withApiToken(token);
    }

    /** The same browser, its API requests carrying this personal API token. */
    public Browser withApiToken(String token) {
        return new Browser(client, base, timeout, "Bearer " + token);
    }

    public static Browser signIn(String base, String user, String password, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient client = anonymous(base, timeout).client();
        Browser signingIn = new Browser(client, base, SIGN_IN_TIMEOUT.compareTo(timeout) > 0 ? SIGN_IN_TIMEOUT : timeout, "");
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
        return new Browser(client, base, timeout, "");
    }

    /**
     * Creates a personal API token of this signed-in user on the account page, as a person would: read only (the
     * benchmarks only read), valid for one day, named after its use; answers the token, which the page shows once.
     */
    public String createApiToken(String name) throws IOException, InterruptedException {
        HttpResponse<String> created = post("/account/api-tokens", "name=" + enc(name) + "&days=1&readOnly=true&_csrf="
                + enc(csrf(page("/account/api-tokens").body())));
        Matcher token = NEW_TOKEN.matcher(created.body());
        if (created.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No API token created (HTTP " + created.statusCode() + " for /account/api-tokens)");
        }
        return token.group(1);
    }

    /** Revokes a token {@link #createApiToken} made, with the revoke button of the row showing its first characters. */
    public void revokeApiToken(String token) throws IOException, InterruptedException {
        String list = page("/account/api-tokens").body();
        // the row shows the token's first 12 characters ("rabta_" and six more), then its revoke button
        Matcher revoke = Pattern.compile(Pattern.quote(token.substring(0, 12)) + ".*?" + REVOKE, Pattern.DOTALL).matcher(list);
        if (!revoke.find()) {
            throw new IllegalStateException("No revoke button for the API token " + token.substring(0, 12) + "…");
        }
        HttpResponse<String> revoked = post("/account/api-tokens/" + revoke.group(1) + "/revoke", "_csrf=" + enc(csrf(list)));
        if (revoked.statusCode() != 302) {
            throw new IllegalStateException("API token not revoked (HTTP " + revoked.statusCode() + ")");
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (path.startsWith("/api/")) {
            if (apiAuthorization.isEmpty()) {
                throw new IllegalStateException("No API token for " + path + ": create one with createApiToken");
            }
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

    /**
     * The Authorization header of HTTP Basic, for a single request such as CaseImportBenchmark's one import: its BCrypt
     * check of the password would dominate any figure measured over many requests, which carry an API token instead.
     */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSRF token of a page's forms. */
    private static String csrf(String page) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return csrf.group(1);
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
