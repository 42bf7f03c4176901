package org.rabta.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each demo role reaches what it may and nothing else: administration and actuator for admins only,
 * the case registry for caseworkers and supervisors only (404 elsewhere, so it reveals nothing),
 * the directory and screening APIs for every signed-in user.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class RoleAccessMatrixTest {

    private static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/users/new", "/admin/agencies",
            "/admin/agencies/new", "/admin/districts", "/admin/districts/new", "/admin/audit");
    private static final List<String> ADMIN_ACTUATOR = List.of("/actuator/metrics", "/actuator/info", "/actuator/flyway");

    private final MockMvc mvc;

    private final UserDetailsService users;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // username,            admin, cases
            "admin,                 true,  404",
            "fia.lahore,            false, 200",
            "fia.lahore.supervisor, false, 200",
            "fia.karachi,           false, 200",
            "police.lahore,         false, 200",
            "ngo.lahore,            false, 200",
            "swd.punjab,            false, 200",
            "cpwb.punjab,           false, 200",
            "committee.lahore,      false, 404",
            "analyst,               false, 404"})
    void eachDemoRoleReachesWhatItMayAndNothingElse(String username, boolean admin, int cases) throws Exception {
        var principal = user(users.loadUserByUsername(username));
        for (String page : ADMIN_PAGES) {
            mvc.perform(get(page).with(principal)).andExpect(admin ? status().isOk() : status().isForbidden());
        }
        for (String endpoint : ADMIN_ACTUATOR) {
            mvc.perform(get(endpoint).with(principal)).andExpect(admin ? status().isOk() : status().isForbidden());
        }
        mvc.perform(get("/actuator/health").with(principal)).andExpect(status().isOk());
        mvc.perform(get("/").with(principal)).andExpect(status().isOk());
        mvc.perform(get("/cases").with(principal)).andExpect(status().is(cases));
        mvc.perform(get("/cases/new").with(principal)).andExpect(status().is(cases));

        mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/screening/evaluate").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"age\": 30, \"facts\": {}}"))
                .andExpect(status().isOk());
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndTheApiAnswers401() throws Exception {
        for (String page : ADMIN_PAGES) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/actuator/metrics")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/cases")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/screening/evaluate").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
