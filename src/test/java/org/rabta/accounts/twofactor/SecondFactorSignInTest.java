package org.rabta.accounts.twofactor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SecondFactor;
import org.rabta.accounts.UserAccountService;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in with a second factor: the code page before anything else, single-use codes, lockout, enrolment, reset. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class SecondFactorSignInTest {

    private static final ResultMatcher TO_CODE_PAGE = result -> assertThat(result.getResponse().getRedirectedUrl())
            .as("redirected to the code page").contains(SecondFactorAuthorization.CODE_PAGE + "?");

    private final MockMvc mvc;

    private final UserAccountService accounts;

    private final SecondFactorService secondFactors;

    private final SecondFactorStore store;

    private final MutableClock clock;

    private final JdbcTemplate jdbc;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping handlerMappings;

    @Test
    void anEnrolledSupervisorGivesACodeAfterThePasswordBeforeAnyPage() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR), clock);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        CookieSession session = signIn(enrolled.user().username());

        List<String> pages = browserPages();
        assertThat(pages).contains("/", "/cases", "/account/password", "/account/api-tokens", "/account/two-factor");
        for (String page : pages) {
            var response = session.perform(get(page)).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(page).contains(SecondFactorAuthorization.CODE_PAGE + "?");
        }

        session.perform(get("/login/code"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("autocomplete=\"one-time-code\"")));
        session.perform(post("/login/code").with(csrf()).param("code", TwoFactorFixtures.codeAt(enrolled.secret(), clock, 5)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("alert-danger")));
        assertThat(audited("SECOND_FACTOR_FAILED", enrolled.user().username())).isEqualTo(1);
        assertThat(failedAttempts(enrolled.user().username())).isEqualTo(1);
        session.perform(get("/cases")).andExpect(TO_CODE_PAGE);

        session.perform(post("/login/code").with(csrf()).param("code", TwoFactorFixtures.codeAt(enrolled.secret(), clock, 0)))
                .andExpect(status().is3xxRedirection());
        session.perform(get("/")).andExpect(status().isOk());
        session.perform(get("/cases")).andExpect(status().isOk());
        assertThat(audited("SECOND_FACTOR_ACCEPTED", enrolled.user().username())).isEqualTo(1);
    }

    @Test
    void aCodeIsNeverAcceptedTwice() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR), clock);
        String enrolmentCode = TwoFactorFixtures.codeAt(enrolled.secret(), clock, 0);

        CookieSession first = signIn(enrolled.user().username());
        assertRejected(first, enrolmentCode);

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String next = TwoFactorFixtures.codeAt(enrolled.secret(), clock, 0);
        first.perform(post("/login/code").with(csrf()).param("code", next)).andExpect(status().is3xxRedirection());

        CookieSession second = signIn(enrolled.user().username());
        assertRejected(second, next);
        assertRejected(second, enrolmentCode);
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR), clock);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"));
        String recoveryCode = enrolled.recoveryCodes().get(3);

        CookieSession first = signIn(enrolled.user().username());
        first.perform(post("/login/code").with(csrf()).param("code", recoveryCode.toLowerCase().replace("-", " ")))
                .andExpect(status().is3xxRedirection());
        first.perform(get("/")).andExpect(status().isOk());

        CookieSession second = signIn(enrolled.user().username());
        assertRejected(second, recoveryCode);
        assertThat(audited("SECOND_FACTOR_RECOVERY_CODE_USED", enrolled.user().username())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from user_recovery_code where user_id = ? and code_hash like '%-%'",
                Integer.class, enrolled.user().id())).as("stored hashed, never as shown").isZero();
    }

    @Test
    void wrongCodesCountTowardTheLockoutLikeWrongPasswords() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR), clock);
        CookieSession session = signIn(enrolled.user().username());
        String wrong = TwoFactorFixtures.codeAt(enrolled.secret(), clock, 7);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertRejected(session, wrong);
        }
        session.perform(post("/login/code").with(csrf()).param("code", wrong))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(audited("SIGN_IN_LOCKED", enrolled.user().username())).isEqualTo(1);
        assertThat(audited("SECOND_FACTOR_FAILED", enrolled.user().username())).isEqualTo(5);
        mvc.perform(formLogin("/login").user(enrolled.user().username()).password(TwoFactorFixtures.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void aRequiredRoleWithoutAnAuthenticatorMustEnrolBeforeAnythingElse() throws Exception {
        RabtaUser admin = TwoFactorFixtures.newUser(accounts, Role.ADMIN);
        // The prod profile's setting, decided as at sign-in (the test context runs without it).
        SecondFactor owed = new SecondFactorRequirement(store, List.of(Role.ADMIN, Role.SUPERVISOR)).of(admin.id(), admin.roles());
        assertThat(owed).isEqualTo(SecondFactor.ENROL);
        RabtaUser signedIn = admin.withSecondFactor(owed);
        List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        CookieSession session = CookieSession.none(mvc);
        var passwordOnly = authentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities));

        session.perform(get("/admin/users").with(passwordOnly)).andExpect(TO_CODE_PAGE);
        session.perform(get("/login/code").with(passwordOnly)).andExpect(redirectedUrl("/account/two-factor/enrol"));
        MvcResult page = session.perform(get("/account/two-factor/enrol").with(passwordOnly))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data:image/svg+xml;base64,")))
                .andReturn();
        String secret = org.jsoup.Jsoup.parse(page.getResponse().getContentAsString()).getElementById("totp-secret").text();

        session.perform(post("/account/two-factor/enrol").with(passwordOnly).with(csrf())
                        .param("code", TwoFactorFixtures.codeAt(Base32.decode(secret), clock, 0)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*([A-Z2-7]{4}-){3}[A-Z2-7]{4}.*")));
        session.perform(get("/admin/users")).andExpect(status().isOk());
        assertThat(audited("SECOND_FACTOR_ENROLLED", admin.username())).isEqualTo(1);
        assertThat(store.find(admin.id()).orElseThrow().encryptedSecret()).startsWith("v1:").doesNotContain(secret.replace(" ", ""));
    }

    @Test
    void httpBasicIsRefusedToAUserWhoOwesASecondFactor() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR), clock);

        mvc.perform(get("/api/v1/agencies").with(httpBasic(enrolled.user().username(), TwoFactorFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("personal API token")));
    }

    @Test
    void anAdminResetRemovesTheAuthenticatorAuditedAndTheUserSignsInWithThePasswordAgain() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR), clock);
        CookieSession admin = signIn("admin", "Rabta-demo-2026");

        admin.perform(get("/admin/users/" + enrolled.user().id()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/two-factor/reset")));
        admin.perform(post("/admin/users/" + enrolled.user().id() + "/two-factor/reset").with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + enrolled.user().id()));

        assertThat(audited("SECOND_FACTOR_RESET", enrolled.user().username())).isEqualTo(1);
        assertThat(store.isEnrolled(enrolled.user().id())).isFalse();
        CookieSession user = signIn(enrolled.user().username());
        user.perform(get("/cases")).andExpect(status().isOk());
    }

    @Test
    void theUserTurnsItOffWithACodeButNotWithoutOne() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.CASEWORKER), clock);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        CookieSession session = signIn(enrolled.user().username());
        session.perform(post("/login/code").with(csrf()).param("code", enrolled.recoveryCodes().getFirst()))
                .andExpect(status().is3xxRedirection());

        session.perform(post("/account/two-factor/disable").with(csrf()).param("code", "123"))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(store.isEnrolled(enrolled.user().id())).isTrue();
        session.perform(post("/account/two-factor/disable").with(csrf())
                        .param("code", TwoFactorFixtures.codeAt(enrolled.secret(), clock, 0)))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(store.isEnrolled(enrolled.user().id())).isFalse();
        assertThat(audited("SECOND_FACTOR_DISABLED", enrolled.user().username())).isEqualTo(1);
    }

    /** Every page a signed-in person may open with a GET, from the application's own handler mappings. */
    private List<String> browserPages() {
        List<String> pages = new ArrayList<>();
        for (RequestMappingInfo info : handlerMappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/login") || pattern.equals("/error")
                        || pattern.equals(SecondFactorAuthorization.ENROL_PAGE)) {
                    continue;
                }
                // A variable (possibly with a regular expression of its own) becomes "1": the rules answer before any lookup.
                pages.add(java.util.Arrays.stream(pattern.split("/", -1))
                        .map(segment -> segment.contains("{") ? "1" : segment)
                        .collect(java.util.stream.Collectors.joining("/")));
            }
        }
        return pages;
    }

    private void assertRejected(CookieSession session, String code) throws Exception {
        session.perform(post("/login/code").with(csrf()).param("code", code))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("alert-danger")));
        session.perform(get("/")).andExpect(TO_CODE_PAGE);
    }

    private CookieSession signIn(String username) throws Exception {
        return signIn(username, TwoFactorFixtures.PASSWORD);
    }

    private CookieSession signIn(String username, String password) throws Exception {
        return CookieSession.signIn(mvc, username, password);
    }

    private int audited(String action, String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?", Integer.class, action, username);
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username);
    }
}
