package org.rabta.accounts;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class SignInTest {

    private final MockMvc mvc;

    private final UserAccountService accounts;

    private final MutableClock clock;

    private final JdbcTemplate jdbc;

    @Test
    void demoUserSignsInAndLandsOnHome() throws Exception {
        mvc.perform(formLogin("/login").user("fia.lahore").password(PASSWORD))
                .andExpect(authenticated().withUsername("fia.lahore").withRoles("CASEWORKER"))
                .andExpect(redirectedUrl("/"));
    }

    @ParameterizedTest
    @CsvSource({
            "admin, ADMIN", "fia.lahore, CASEWORKER", "fia.lahore.supervisor, SUPERVISOR", "fia.karachi, CASEWORKER",
            "police.lahore, CASEWORKER", "ngo.lahore, CASEWORKER", "swd.punjab, CASEWORKER", "cpwb.punjab, CASEWORKER",
            "committee.lahore, COMMITTEE_MEMBER", "analyst, ANALYST"})
    void everyDemoUserSignsInWithTheDemoPassword(String username, String role) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username).withRoles(role));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(formLogin("/login").user("fia.karachi").password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody.at.all").password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("not-the-password")).andExpect(unauthenticated());
        }
        // Locked: even the right password is refused, with the same generic message.
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void failuresOnTheApiCountTowardsTheLockout() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/agencies").with(httpBasic(username, "nope-nope-nope")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void successfulSignInResetsTheFailureCount() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("not-the-password")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("not-the-password")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void sessionsLiveInPostgresqlSoAnyInstanceCanServeThem() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
        Integer sessions = jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, username);
        Integer timeout = jdbc.queryForObject("select max(max_inactive_interval) from spring_session where principal_name = ?",
                Integer.class, username);
        assertThat(sessions).isEqualTo(1);
        assertThat(timeout).isEqualTo(30 * 60);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void apiAnswersProblemDetailsForMissingOrWrongCredentials() throws Exception {
        mvc.perform(get("/api/v1/agencies"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
        mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void apiIsStatelessAndSetsNoSessionCookie() throws Exception {
        mvc.perform(get("/api/v1/agencies").with(httpBasic("analyst", PASSWORD)))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void unauthenticatedPagesRedirectToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

}
