package org.rabta.accounts;

import jakarta.servlet.http.Cookie;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue items: the own password change ends the other sessions; wrong current passwords lock; sessions are listed and ended. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AccountSessionsTest {

    private static final String PASSWORD = TestUsers.PASSWORD;
    private static final String NEW_PASSWORD = "a new sentence for the password";
    private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String CHROME = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36";

    private final MockMvc mvc;
    private final UserAccountService accounts;
    private final JdbcTemplate jdbc;

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        Cookie here = signIn(username, FIREFOX);
        Cookie elsewhere = signIn(username, CHROME);

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(elsewhere)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf(username)).isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordsAreAuditedCountedAndLockTheAccount() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        Cookie here = signIn(username, FIREFOX);
        Cookie elsewhere = signIn(username, CHROME);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(post("/account/password").cookie(here).with(csrf())
                            .param("currentPassword", "a wrong guess " + attempt).param("newPassword", NEW_PASSWORD)
                            .param("confirmPassword", NEW_PASSWORD))
                    .andExpect(status().isOk());
        }
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username)).isEqualTo(4);

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", "a wrong guess 5").param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'USER' and target_id = ? and action like 'PASSWORD%' order by id",
                String.class, username)).containsExactly("PASSWORD_CHANGE_FAILED", "PASSWORD_CHANGE_FAILED", "PASSWORD_CHANGE_FAILED",
                "PASSWORD_CHANGE_FAILED", "PASSWORD_CHANGE_LOCKED");
        // Locked: signed out everywhere, and the right password no longer signs in.
        mvc.perform(get("/").cookie(here)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf(username)).isZero();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void theAccountPageListsTheSessionsWithDeviceAndAddressAndEndsOne() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        Cookie here = signIn(username, FIREFOX);
        Cookie elsewhere = signIn(username, CHROME);

        String page = mvc.perform(get("/account").cookie(here)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Firefox on Windows", "Chrome on Android", "127.0.0.1", "This browser")
                .doesNotContain(sessionIdOf(here)).doesNotContain(sessionIdOf(elsewhere));

        mvc.perform(post("/account/sessions/{handle}/end", UserSessions.handle(sessionIdOf(elsewhere))).cookie(here).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select details from audit_event where target_id = ? and action = 'SESSION_ENDED'", String.class, username))
                .containsExactly("another session");
    }

    @Test
    void endingTheCurrentSessionSignsOut() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        Cookie here = signIn(username, FIREFOX);
        mvc.perform(post("/account/sessions/{handle}/end", UserSessions.handle(sessionIdOf(here))).cookie(here).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(here)).andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf(username)).isZero();
    }

    @Test
    void anotherUsersSessionCannotBeEnded() throws Exception {
        Cookie mine = signIn(TestUsers.newCaseworker(accounts), FIREFOX);
        String theirs = TestUsers.newCaseworker(accounts);
        Cookie their = signIn(theirs, CHROME);
        mvc.perform(post("/account/sessions/{handle}/end", UserSessions.handle(sessionIdOf(their))).cookie(mine).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(sessionsOf(theirs)).isEqualTo(1);
    }

    private Cookie signIn(String username, String userAgent) throws Exception {
        Cookie cookie = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD)
                        .header("User-Agent", userAgent))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    /** The session id Spring Session puts, base64-encoded, in the cookie. */
    private static String sessionIdOf(Cookie cookie) {
        return new String(java.util.Base64.getDecoder().decode(cookie.getValue()));
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }


}
