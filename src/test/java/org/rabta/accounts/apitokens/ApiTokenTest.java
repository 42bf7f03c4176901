package org.rabta.accounts.apitokens;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.accounts.UserAdministration;
import org.rabta.accounts.twofactor.SecondFactorService;
import org.rabta.accounts.twofactor.TwoFactorFixtures;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.rabta.accounts.twofactor.CookieSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal API tokens: shown once, hashed, acting with the user's rights of the moment, read-only, expiring, revocable, audited. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ApiTokenTest {

    private final MockMvc mvc;

    private final UserAccountService accounts;

    private final UserAdministration administration;

    private final ApiTokenService tokens;

    private final SecondFactorService secondFactors;

    private final MutableClock clock;

    private final JdbcTemplate jdbc;

    @Test
    void aTokenCreatedOnTheAccountPageIsShownOnceStoredHashedAndWorksAsItsUser() throws Exception {
        RabtaUser user = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        CookieSession session = signIn(user.username());

        MvcResult created = session.perform(post("/account/api-tokens").with(csrf())
                        .param("name", "statistics script").param("days", "30"))
                .andExpect(status().isOk())
                .andReturn();
        String token = org.jsoup.Jsoup.parse(created.getResponse().getContentAsString()).getElementById("new-token").val();
        assertThat(token).startsWith("rabta_").hasSize(49);
        assertThat(created.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");

        String listed = session.perform(get("/account/api-tokens")).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("statistics script", token.substring(0, 12)).doesNotContain(token);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_hash = ?", Integer.class,
                ApiTokenService.hash(token), token)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token)).isZero();

        mvc.perform(bearer(get("/api/v1/cases"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'API_TOKEN_USED' and actor = ? and actor_agency = 'FIA-AHTC-LHR'
                   and details like 'GET /api/v1/cases with rabta_%'""", Integer.class, user.username())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_token where token_hash = ?", Boolean.class,
                ApiTokenService.hash(token))).isTrue();
        String afterUse = session.perform(get("/account/api-tokens")).andReturn().getResponse().getContentAsString();
        assertThat(afterUse).doesNotContain(">Never<");
    }

    @Test
    void aReadOnlyTokenMayOnlyRead() throws Exception {
        RabtaUser user = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        String token = create(user, true, 90);

        mvc.perform(bearer(get("/api/v1/agencies"), token)).andExpect(status().isOk());
        mvc.perform(bearer(head("/api/v1/agencies"), token)).andExpect(status().isOk());
        mvc.perform(bearer(post("/api/v1/screening/evaluate"), token).contentType(MediaType.APPLICATION_JSON).content("{\"facts\":{}}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("read-only")));
        mvc.perform(bearer(post("/api/v1/screening/evaluate"), create(user, false, 90))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"facts\":{}}"))
                .andExpect(status().isOk());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        RabtaUser user = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        String token = create(user, false, ApiTokenService.DEFAULT_DAYS);
        mvc.perform(bearer(get("/api/v1/agencies"), token)).andExpect(status().isOk());

        clock.advance(Duration.ofDays(ApiTokenService.DEFAULT_DAYS).plusMinutes(1));

        mvc.perform(bearer(get("/api/v1/agencies"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenLastsAtMostAYear() throws Exception {
        RabtaUser user = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        CookieSession session = signIn(user.username());

        session.perform(post("/account/api-tokens").with(csrf()).param("name", "too long").param("days", "366"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("alert-danger")));
        assertThat(jdbc.queryForObject("select count(*) from api_token t join app_user u on u.id = t.user_id where u.username = ?",
                Integer.class, user.username())).isZero();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        RabtaUser user = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        String token = create(user, false, 90);
        CookieSession session = signIn(user.username());
        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, ApiTokenService.hash(token));

        session.perform(post("/account/api-tokens/" + id + "/revoke").with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(bearer(get("/api/v1/agencies"), token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'API_TOKEN_REFUSED' and target_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        String token = create(TwoFactorFixtures.newUser(accounts, Role.CASEWORKER), false, 90);
        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, ApiTokenService.hash(token));
        CookieSession someoneElse = signIn(TwoFactorFixtures.newUser(accounts, Role.CASEWORKER).username());

        someoneElse.perform(post("/account/api-tokens/" + id + "/revoke").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/agencies"), token)).andExpect(status().isOk());
    }

    @Test
    void theTokensOfADeactivatedOrLockedUserStopAtOnce() throws Exception {
        RabtaUser deactivated = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        String first = create(deactivated, false, 90);
        mvc.perform(bearer(get("/api/v1/agencies"), first)).andExpect(status().isOk());
        SystemIdentity.run(() -> administration.setActive(deactivated.id(), false));
        mvc.perform(bearer(get("/api/v1/agencies"), first)).andExpect(status().isUnauthorized());

        RabtaUser locked = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        String second = create(locked, false, 90);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(locked.username()).password("not the password"));
        }
        mvc.perform(bearer(get("/api/v1/agencies"), second)).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownTokenIsRefusedAndNeverFallsBackToAnotherWayIn() throws Exception {
        mvc.perform(bearer(get("/api/v1/agencies"), "rabta_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("API token")));
    }

    @Test
    void aUserWhoOwesASecondFactorUsesTheApiThroughATokenWithTheirRoleOfTheMoment() throws Exception {
        TwoFactorFixtures.Enrolled enrolled = TwoFactorFixtures.enrol(secondFactors, TwoFactorFixtures.newUser(accounts, Role.SUPERVISOR), clock);
        String token = create(enrolled.user(), false, 90);

        mvc.perform(bearer(get("/api/v1/cases"), token)).andExpect(status().isOk());
    }

    @Test
    void theTokenPathNeverComputesABcryptHash() throws Exception {
        RabtaUser user = TwoFactorFixtures.newUser(accounts, Role.CASEWORKER);
        String token = create(user, true, 90);
        // A valid BCrypt hash of cost 31: checking any password against it takes days. A token request that touched
        // the password would not finish; one that does not finishes in milliseconds.
        jdbc.update("update app_user set password_hash = ? where id = ?",
                "{bcrypt}$2a$31$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", user.id());

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int request = 0; request < 3; request++) {
                mvc.perform(bearer(get("/api/v1/agencies"), token)).andExpect(status().isOk());
            }
        });
    }

    private String create(RabtaUser user, boolean readOnly, int days) {
        AtomicReference<String> token = new AtomicReference<>();
        SystemIdentity.runAs(user, () -> token.set(tokens.create(user, "test", readOnly, days).token()));
        return token.get();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private CookieSession signIn(String username) throws Exception {
        return CookieSession.signIn(mvc, username, TwoFactorFixtures.PASSWORD);
    }
}
