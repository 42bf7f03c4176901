package org.rabta.accounts;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.directory.AgencyService;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@WithUserDetails("admin")
@RequiredArgsConstructor
class UserAdminScreensTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final AgencyService agencies;
    private final UserAccountService accounts;
    private final UserAdministration administration;
    private final JdbcClient jdbc;

    @Test
    void listSearchesByNameOrUsernameAndFiltersByAgencyAndRole() throws Exception {
        mvc.perform(get("/admin/users").param("q", "fia.lahore"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fia.lahore.supervisor")))
                .andExpect(content().string(not(containsString(">analyst<"))));
        long fiaLahore = agencies.byCode("FIA-AHTC-LHR").getId();
        mvc.perform(get("/admin/users").param("agency", String.valueOf(fiaLahore)).param("role", "SUPERVISOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fia.lahore.supervisor")))
                .andExpect(content().string(not(containsString(">fia.lahore<"))));
    }

    @Test
    void aNewUserGetsAOneTimePasswordShownOnceAndMustChangeIt() throws Exception {
        String username = uniqueUsername();
        MvcResult created = mvc.perform(newUser(username, "Rukhsana Bibi", "PB-SWD", "CASEWORKER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "admin.user.created"))
                .andReturn();
        String password = (String) created.getFlashMap().get("oneTimePassword");
        assertThat(password).matches("[a-zA-Z2-9]{5}-[a-zA-Z2-9]{5}-[a-zA-Z2-9]{5}");
        String page = created.getResponse().getRedirectedUrl();

        // The real redirect: the same session (a cookie, as the session lives in PostgreSQL) carries the flash.
        mvc.perform(get(page).cookie(created.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString(password)))
                .andExpect(content().string(containsString("Must choose a new password")));
        mvc.perform(get(page).cookie(created.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(password))));

        mvc.perform(formLogin("/login").user(username).password(password)).andExpect(authenticated());
        assertThat(auditActions(username)).contains("USER_CREATED");
    }

    @Test
    void aTakenUsernameIsRefusedBesideTheField() throws Exception {
        mvc.perform(newUser("fia.karachi", "Someone Else", "PB-SWD", "CASEWORKER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("The username fia.karachi is already taken.")));
    }

    @Test
    void invalidInputIsShownBesideEachFieldInTheUsersLanguage() throws Exception {
        String username = "Not Valid!";
        mvc.perform(newUser(username, "", "PB-SWD").param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("small letters, digits, dots")))
                .andExpect(content().string(containsString("id=\"fullName-error\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"roles-error\"")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        mvc.perform(newUser(username, "", "PB-SWD").param("lang", "ur"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("یہ خانہ لازمی ہے۔")))
                .andExpect(content().string(containsString("چھوٹے حروف")));
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void editChangesRolesAndAgencyAndAStaleEditNamesWhoSavedFirst() throws Exception {
        UserAccount user = createdUser();
        long version = user.getVersion();
        mvc.perform(edit(user, version, "Edited Once", "PB-CPWB", "SUPERVISOR"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users/" + user.getId()));
        UserAccount saved = user(user.getId());
        assertThat(saved.getRoles()).containsExactly(Role.SUPERVISOR);
        assertThat(saved.getAgency().getCode()).isEqualTo("PB-CPWB");

        mvc.perform(edit(user, version, "Edited Twice", "PB-CPWB", "CASEWORKER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Last saved by admin")))
                .andExpect(content().string(containsString("value=\"Edited Twice\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + saved.getVersion() + "\"")));
        assertThat(user(user.getId()).getFullName()).isEqualTo("Edited Once");
    }

    @Test
    void deactivateReactivateUnlockAndResetAreAudited() throws Exception {
        UserAccount user = createdUser();
        String base = "/admin/users/" + user.getId();
        mvc.perform(post(base + "/deactivate").with(csrf())).andExpect(flash().attribute("success", "admin.user.deactivated"));
        assertThat(user(user.getId()).isActive()).isFalse();
        mvc.perform(post(base + "/reactivate").with(csrf())).andExpect(flash().attribute("success", "admin.user.reactivated"));
        mvc.perform(post(base + "/unlock").with(csrf())).andExpect(flash().attribute("success", "admin.user.unlocked"));
        MvcResult reset = mvc.perform(post(base + "/reset-password").with(csrf()))
                .andExpect(flash().attribute("success", "admin.user.passwordReset"))
                .andReturn();
        String password = (String) reset.getFlashMap().get("oneTimePassword");
        mvc.perform(formLogin("/login").user(user.getUsername()).password(password)).andExpect(authenticated());
        assertThat(user(user.getId()).isMustChangePassword()).isTrue();
        assertThat(auditActions(user.getUsername()))
                .contains("USER_DEACTIVATED", "USER_REACTIVATED", "USER_UNLOCKED", "USER_PASSWORD_RESET");
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherDeactivatedNorDemoted() throws Exception {
        // Tests share one database: make the demo admin the only active one for this test.
        long demoAdmin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
        List<Long> otherAdmins = jdbc.sql("""
                select u.id from app_user u join app_user_role r on r.user_id = u.id
                where r.role = 'ADMIN' and u.active and u.id <> :id""").param("id", demoAdmin).query(Long.class).list();
        for (long other : otherAdmins) {
            SystemIdentity.run(() -> administration.setActive(other, false));
        }
        MvcResult refused = mvc.perform(post("/admin/users/" + demoAdmin + "/deactivate").with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + demoAdmin))
                .andExpect(flash().attribute("error", "admin.user.error.lastAdmin"))
                .andReturn();
        mvc.perform(get("/admin/users/" + demoAdmin).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("This is the last active administrator")));
        UserAccount admin = user(demoAdmin);
        mvc.perform(edit(admin, admin.getVersion(), admin.getFullName(), "RABTA-ADMIN", "ANALYST"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roles-error\"")))
                .andExpect(content().string(containsString("This is the last active administrator")));
        assertThat(user(demoAdmin).isActive()).isTrue();
        assertThat(user(demoAdmin).getRoles()).contains(Role.ADMIN);
    }

    @Test
    void adminFormsRefuseRequestsWithoutTheCsrfToken() throws Exception {
        String username = uniqueUsername();
        MockHttpServletRequestBuilder withoutToken = post("/admin/users").param("username", username)
                .param("fullName", "No Token").param("agencyId", agencyId("PB-SWD")).param("roles", "CASEWORKER");
        mvc.perform(withoutToken).andExpect(status().isForbidden());
        assertThat(accounts.exists(username)).isFalse();
        UserAccount user = createdUser();
        mvc.perform(post("/admin/users/" + user.getId() + "/deactivate")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/agencies/" + agencyId("PB-SWD") + "/deactivate")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/districts").param("code", "PK799")).andExpect(status().isForbidden());
        assertThat(user(user.getId()).isActive()).isTrue();
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/987654321")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("fia.lahore.supervisor")
    void nobodyButAnAdminReachesUserAdministration() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
        mvc.perform(newUser(uniqueUsername(), "Sneaky", "PB-SWD", "ADMIN")).andExpect(status().isForbidden());
    }

    private UserAccount createdUser() throws Exception {
        String username = uniqueUsername();
        MvcResult result = mvc.perform(newUser(username, "Test User " + username, "PB-SWD", "CASEWORKER"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/admin/users/".length()));
        return user(id);
    }

    private MockHttpServletRequestBuilder newUser(String username, String fullName, String agencyCode, String... roles) {
        return post("/admin/users").with(csrf()).param("username", username).param("fullName", fullName)
                .param("agencyId", agencyId(agencyCode)).param("roles", roles).param("_roles", "on");
    }

    private MockHttpServletRequestBuilder edit(UserAccount user, long version, String fullName, String agencyCode, String... roles) {
        return post("/admin/users/" + user.getId()).with(csrf()).param("username", user.getUsername())
                .param("fullName", fullName).param("agencyId", agencyId(agencyCode)).param("roles", roles)
                .param("version", String.valueOf(version));
    }

    /** Service calls from the test itself run as the system: MockMvc clears the test's security context after each request. */
    private UserAccount user(long id) {
        AtomicReference<UserAccount> user = new AtomicReference<>();
        SystemIdentity.run(() -> user.set(administration.user(id)));
        return user.get();
    }

    private String agencyId(String code) {
        return String.valueOf(agencies.byCode(code).getId());
    }

    private List<String> auditActions(String username) {
        return jdbc.sql("select action from audit_event where target_type = 'USER' and target_id = :u order by id")
                .param("u", username).query(String.class).list();
    }

    private static String uniqueUsername() {
        return "admin.test" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 1_000_000;
    }
}
