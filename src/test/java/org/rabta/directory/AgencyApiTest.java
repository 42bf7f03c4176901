package org.rabta.directory;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class AgencyApiTest {

    private final MockMvc mvc;

    @Test
    void listsTheActiveAgenciesWithJurisdictionAndServices() throws Exception {
        mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].code", hasItems("RABTA-ADMIN", "FIA-AHTC-LHR", "FIA-AHTC-KHI", "PB-POLICE-LHR",
                        "NGO-LHR-SHELTER", "PB-SWD", "PB-CPWB")))
                .andExpect(jsonPath("$[?(@.code == 'NGO-LHR-SHELTER')].type").value("NGO"))
                .andExpect(jsonPath("$[?(@.code == 'NGO-LHR-SHELTER')].nameUr").value("پناہ شیلٹر برائے خواتین و اطفال، لاہور"))
                .andExpect(jsonPath("$[?(@.code == 'NGO-LHR-SHELTER')].jurisdiction.level").value("DISTRICTS"))
                .andExpect(jsonPath("$[?(@.code == 'NGO-LHR-SHELTER')].jurisdiction.province").value("PK6"))
                .andExpect(jsonPath("$[?(@.code == 'NGO-LHR-SHELTER')].jurisdiction.districts[*]").value("PK617"))
                .andExpect(jsonPath("$[?(@.code == 'NGO-LHR-SHELTER')].services[*]",
                        containsInAnyOrder("SHELTER", "PSYCHOSOCIAL", "LEGAL_AID")))
                .andExpect(jsonPath("$[?(@.code == 'FIA-AHTC-KHI')].jurisdiction.province").value("PK7"))
                .andExpect(jsonPath("$[?(@.code == 'RABTA-ADMIN')].jurisdiction.level").value("NATIONAL"))
                .andExpect(jsonPath("$[?(@.code == 'RABTA-ADMIN')].jurisdiction.province", contains(nullValue())));
    }

    @Test
    void everyRoleMayReadTheDirectory() throws Exception {
        for (String user : new String[] {"fia.karachi", "committee.lahore", "analyst", "ngo.lahore"}) {
            mvc.perform(get("/api/v1/agencies").with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].code", hasItems("PB-SWD")));
        }
    }

    @Test
    void aWrongPasswordIsA401ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/agencies").with(httpBasic("fia.karachi", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }
}
