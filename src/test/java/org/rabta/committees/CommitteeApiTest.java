package org.rabta.committees;

import com.jayway.jsonpath.JsonPath;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.rabta.support.Dates.today;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class CommitteeApiTest {

    private final CommitteeFixtures fixtures;

    private final MockMvc mvc;

    private ResultActions postJson(String url, String username, String json) throws Exception {
        return mvc.perform(post(url).with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void committeesAreListedWithLevelNameJurisdictionAndParent() throws Exception {
        Committee lahore = fixtures.lahore();
        mvc.perform(get("/api/v1/committees").with(httpBasic("committee.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(lahore.getId().intValue())));
        mvc.perform(get("/api/v1/committees/" + lahore.getId()).with(httpBasic("committee.lahore", PASSWORD)))
                .andExpect(jsonPath("$.level").value("DISTRICT"))
                .andExpect(jsonPath("$.name").value("Lahore District Anti-Trafficking Committee"))
                .andExpect(jsonPath("$.jurisdiction.districtCode").value("PK617"))
                .andExpect(jsonPath("$.jurisdiction.name").value("Lahore, Punjab"))
                .andExpect(jsonPath("$.parentId").value(lahore.getParentId().intValue()));
    }

    @Test
    void adminsCreateCommitteesAndOthersMayNot() throws Exception {
        postJson("/api/v1/committees", "admin", "{\"level\":\"DISTRICT\",\"districtCode\":\"PK617\",\"nameEn\":\"Again\",\"nameUr\":\"دوبارہ\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("committees.error.jurisdictionTaken"));
        postJson("/api/v1/committees", "admin", "{\"level\":\"DISTRICT\",\"nameEn\":\"\",\"nameUr\":\"\"}")
                .andExpect(status().isBadRequest());
        postJson("/api/v1/committees", "committee.lahore", "{\"level\":\"NATIONAL\",\"nameEn\":\"X\",\"nameUr\":\"ایکس\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void membershipsAreAdded201AndABrokenRuleIs409SayingWhich() throws Exception {
        Committee committee = fixtures.districtCommittee();
        String url = "/api/v1/committees/" + committee.getId() + "/memberships";
        String created = postJson(url, "admin", """
                {"username":"swd.punjab","agencyCode":"PB-SWD","role":"CHAIR","from":"%s"}""".formatted(today().minusDays(3)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.role").value("CHAIR"))
                .andExpect(jsonPath("$.name").value("Farhan Malik"))
                .andExpect(jsonPath("$.to").value(nullValue()))
                .andReturn().getResponse().getContentAsString();
        int membershipId = JsonPath.read(created, "$.id");

        postJson(url, "admin", """
                {"externalName":"Rival Chair","designation":"Commissioner","agencyCode":"PB-CPWB","role":"CHAIR","from":"%s"}"""
                .formatted(today()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("committees.error.chairTaken"))
                .andExpect(jsonPath("$.detail").value("The committee already has a chair in that period: one chair at a time."));
        postJson(url, "admin", """
                {"username":"swd.punjab","agencyCode":"PB-SWD","role":"MEMBER","from":"%s"}""".formatted(today()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("committees.error.overlappingTerm"));
        postJson(url, "admin", "{\"username\":\"swd.punjab\",\"agencyCode\":\"PB-SWD\",\"role\":\"KING\",\"from\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(url, "committee.lahore", """
                {"externalName":"Someone","agencyCode":"PB-CPWB","role":"MEMBER","from":"%s"}""".formatted(today()))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/memberships/" + membershipId).with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"%s\"}".formatted(today().minusDays(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value(today().minusDays(1).toString()));
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/roster").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.members.length()").value(0))
                .andExpect(jsonPath("$.gaps.noChair").value(true));
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/roster").param("on", today().minusDays(2).toString())
                        .with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.members[0].role").value("CHAIR"))
                .andExpect(jsonPath("$.members[0].from").value(today().minusDays(3).toString()))
                .andExpect(jsonPath("$.members[0].to").value(today().minusDays(1).toString()));
    }
}
