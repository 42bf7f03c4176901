package org.rabta.accounts;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A padded, full-width or capitalised username is the same account, for sign-in and for lockout alike. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class UsernameNormalisationTest {

    private static final String PASSWORD = TestUsers.PASSWORD;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final UserAccountService accounts;
    private final JdbcTemplate jdbc;

    @Test
    void sevenRespelledFailuresOnTheFormLockTheAccount() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        for (String typed : respellings(username)) {
            mvc.perform(formLogin("/login").user(typed).password("not-the-password")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        assertThat(auditedActions(username)).containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_LOCKED");
    }

    @Test
    void sevenRespelledFailuresOverHttpBasicLockTheAccount() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        for (String typed : respellings(username)) {
            mvc.perform(get("/api/v1/agencies").with(httpBasic(typed, "not-the-password"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user(" " + username).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(auditedActions(username)).contains("SIGN_IN_LOCKED");
    }

    @Test
    void aRespelledNameWithTheRightPasswordSignsInAsTheStoredName() throws Exception {
        String username = TestUsers.newCaseworker(accounts);
        mvc.perform(formLogin("/login").user(fullWidth(username.toUpperCase()) + "\u2003").password(PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void usersAreCreatedUnderTheNormalisedName() {
        String typed = " Norm.Created" + SEQUENCE.incrementAndGet() + "\u2003";
        AtomicReference<UserAccount> created = new AtomicReference<>();
        SystemIdentity.run(() -> created.set(accounts.createWithPassword(typed, "Created", "PB-SWD",
                Set.of(Role.CASEWORKER), PASSWORD, false)));
        assertThat(created.get().getUsername()).isEqualTo(Usernames.normalise(typed)).doesNotContain(" ").isLowerCase();
        assertThat(accounts.exists(typed.strip().toUpperCase())).isTrue();
    }

    @Test
    void theDatabaseRefusesAUsernameThatIsNotNormalised() {
        long agency = jdbc.queryForObject("select id from agency where code = 'PB-SWD'", Long.class);
        for (String bad : List.of("Capital.user", "padded.user ", "em\u2003space", "\uff46ullwidth")) {
            assertThatThrownBy(() -> jdbc.update("insert into app_user (username, full_name, agency_id, password_hash) values (?, 'x', ?, 'x')",
                    bad, agency)).as(bad).isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    /** Seven spellings of one username: padded, with an em space, full-width, capitalised, with a zero-width space. */
    private static List<String> respellings(String username) {
        return List.of(" " + username, username + "\u2003", fullWidth(username), username.toUpperCase(),
                "\t" + username + "\n", username.replace(".", ".\u200b"), "\u3000" + username.toUpperCase());
    }

    private static String fullWidth(String text) {
        return text.chars().mapToObj(c -> c > ' ' && c < 0x7f ? String.valueOf((char) (c + 0xFEE0)) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    private List<String> auditedActions(String username) {
        return jdbc.queryForList("select action from audit_event where target_type = 'USER' and target_id = ? and action like 'SIGN_IN%' order by id",
                String.class, username);
    }

}
