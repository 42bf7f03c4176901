package org.rabta.web;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class SecurityHeadersAndErrorsTest {

    private final MockMvc mvc;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndFramingProtection() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void signInPageHasNoInlineScript() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("onclick="))));
    }

    @Test
    void urduIsRightToLeft() throws Exception {
        mvc.perform(get("/login").param("lang", "ur"))
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("lang=\"ur\"")))
                .andExpect(content().string(containsString("bootstrap.rtl.min.css")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("dir=\"ltr\"")));
    }

    @Test
    @WithUserDetails("fia.lahore")
    void nonAdminsCannotReachAdministrationOrActuator() throws Exception {
        mvc.perform(get("/admin/agencies")).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isForbidden());
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("admin")
    void adminsReachActuatorEndpoints() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isOk());
    }

    @Test
    void apiErrorsNeverCarryStackTraces() throws Exception {
        mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic("admin", "Rabta-demo-2026")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("at org."))));
    }
}
