package org.rabta.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser journeys: the running application driven by a real Chromium through
 * Playwright. Uses the system's Chromium (Debian's {@code chromium}, or {@code CHROMIUM_PATH});
 * Playwright never downloads a browser. Where no Chromium exists the journeys are skipped with the
 * reason printed, never silently.
 */
@RabtaIntegrationTest
public abstract class BrowserTest {

    private static final List<String> CHROMIUM_CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/snap/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Optional<Path> chromium = findChromium();
        if (chromium.isEmpty()) {
            System.out.println("SKIPPED browser tests: no Chromium found (set CHROMIUM_PATH or install Debian's chromium)");
        }
        Assumptions.assumeTrue(chromium.isPresent(), "No Chromium found: browser journeys skipped");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        // Generous limits: they only matter when something is wrong, and a first page can take long on a busy CI machine.
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        // Waits for the form's answer, which sets the session cookie: a test that navigated on at once could cancel the
        // sign-in in flight and find itself at the sign-in page (CommitteeJourneyTest did, once, in a full run).
        page.waitForResponse(response -> response.request().method().equals("POST") && response.url().equals(url("/login")),
                () -> page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in")).click());
    }

    /**
     * Chooses the language through its cookie rather than {@code ?lang=}, which would also change the demo user's
     * remembered language (and other tests sign in as the same demo users).
     */
    protected void inLanguage(String language) {
        context.addCookies(List.of(new com.microsoft.playwright.options.Cookie("rabta-lang", language).setUrl(url("/"))));
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    protected void assertAccessible() {
        List<Rule> violations = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(violations)
                .as(() -> "axe-core violations on " + page.url() + ": " + violations.stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                        .toList())
                .isEmpty();
    }

    private static Optional<Path> findChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Stream.concat(Stream.ofNullable(configured), CHROMIUM_CANDIDATES.stream())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }
}
