package org.rabta.accounts.twofactor;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccountService;
import org.rabta.support.BrowserTest;
import org.rabta.support.MutableClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor sets up two-step sign-in from the account menu (scanning is replaced by reading the key the page
 * shows, as someone typing it into their app would), keeps the recovery codes, signs out, and from then on gives a
 * code after the password before reaching anything, in English and in Urdu; then creates an API token. Every page
 * of the way passes axe.
 */
@RequiredArgsConstructor
class SecondFactorJourneyTest extends BrowserTest {

    private final UserAccountService accounts;

    private final MutableClock clock;

    @Test
    void enrolThenSignInWithACodeInEnglishAndUrdu() {
        RabtaUser supervisor = TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR);
        page.navigate(url("/login"), new Page.NavigateOptions().setTimeout(120_000));
        signIn(supervisor.username(), TwoFactorFixtures.PASSWORD);

        openUserMenu();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two-step sign-in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Two-step sign-in").setLevel(1))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up two-step sign-in")).click();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("QR code")))).isVisible();
        assertAccessible();
        byte[] secret = Base32.decode(page.locator("#totp-secret").innerText());
        page.getByLabel("Enter the six-digit code the app now shows:").fill(TwoFactorFixtures.codeAt(secret, clock, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        assertAccessible();
        signOut();

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        signIn(supervisor.username(), TwoFactorFixtures.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/code(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Enter your sign-in code"))).isVisible();
        assertAccessible();
        page.navigate(url("/cases"));
        assertThat(page).hasURL(Pattern.compile(".*/login/code(\\?.*)?$"));
        page.getByLabel("Code").fill(TwoFactorFixtures.codeAt(secret, clock, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page).hasURL(Pattern.compile(".*/cases(\\?continue)?$"));

        openUserMenu();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens")).click();
        assertAccessible();
        signOut();

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        page.navigate(url("/login?lang=ur"));
        page.locator("#username").fill(supervisor.username());
        page.locator("#password").fill(TwoFactorFixtures.PASSWORD);
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/login/code(\\?.*)?$"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("اپنا سائن اِن کوڈ درج کریں"))).isVisible();
        assertAccessible();
        page.getByLabel("کوڈ", new Page.GetByLabelOptions().setExact(true)).fill(TwoFactorFixtures.codeAt(secret, clock, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("جاری رکھیں")).click();
        assertThat(page).hasURL(Pattern.compile(".*/(\\?continue)?$"));

        page.navigate(url("/account/api-tokens"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.getByLabel("نام", new Page.GetByLabelOptions().setExact(true)).fill("ماہانہ رپورٹ");
        page.getByLabel("صرف پڑھنے کے لیے (صرف GET درخواستیں)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ٹوکن بنائیں")).click();
        assertThat(page.locator("#new-token")).hasValue(Pattern.compile("^rabta_.{43}$"));
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertAccessible();
        page.navigate(url("/account/two-factor"));
        assertThat(page.getByText("غیر استعمال شدہ بحالی کوڈ: 10")).isVisible();
        assertAccessible();
    }

    /** Once Bootstrap has bound the menu: on a busy machine a first click can come before it, so it is repeated. */
    private void openUserMenu() {
        page.waitForLoadState(LoadState.LOAD);
        for (int attempt = 1; ; attempt++) {
            page.locator("#userMenu").click();
            try {
                page.locator("#userMenu + .dropdown-menu").waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.VISIBLE).setTimeout(5_000));
                return;
            } catch (TimeoutError notOpened) {
                if (attempt == 3) {
                    throw notOpened;
                }
            }
        }
    }

    private void signOut() {
        openUserMenu();
        page.locator("header form[action$='/logout'] button").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    }
}
