package org.rabta.committees;

import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Principals.asSystem;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A term may name the sector its seat represents, and the roster's gap list counts it: form, API and export. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class MembershipSectorTest {

    private final CommitteeFixtures fixtures;
    private final RosterService rosters;
    private final MockMvc mvc;

    @Test
    void anExternalDirectorLabourRecordedOnTheFormClosesTheLabourGap() throws Exception {
        Committee committee = fixtures.districtCommittee();
        assertThat(roster(committee).gaps().missingSectors()).contains(Sector.LABOUR);

        mvc.perform(post("/committees/" + committee.getId() + "/memberships").with(csrf()).with(user(fixtures.user("admin")))
                        .param("externalName", "Rana Tariq").param("designation", "Director Labour")
                        .param("agencyCode", "PB-SWD").param("role", "MEMBER").param("sector", "LABOUR")
                        .param("from", today().minusDays(1).toString()))
                .andExpect(status().is3xxRedirection());

        Roster roster = roster(committee);
        assertThat(roster.gaps().missingSectors()).doesNotContain(Sector.LABOUR).contains(Sector.SOCIAL_WELFARE);
        assertThat(roster.entries()).singleElement().satisfies(entry -> assertThat(entry.sectors()).containsExactly(Sector.LABOUR));
        mvc.perform(get("/committees/" + committee.getId()).param("lang", "en").with(user(fixtures.user("admin"))))
                .andExpect(content().string(not(containsString("Not represented: Labour"))));

        String csv = mvc.perform(get("/committees/" + committee.getId() + "/roster.csv").with(user(fixtures.user("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Rana Tariq\",\"Director Labour\"").contains("\"Labour\"").doesNotContain("Social welfare");
    }

    @Test
    void theFormOffersTheSectorsInBothLanguages() throws Exception {
        Committee committee = fixtures.districtCommittee();
        mvc.perform(get("/committees/" + committee.getId() + "/memberships/new").param("lang", "ur").with(user(fixtures.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("نمائندگی کا شعبہ")))
                .andExpect(content().string(containsString("value=\"LABOUR\"")));
    }

    @Test
    void theApiTakesTheSectorAndRefusesAnUnknownOne() throws Exception {
        Committee committee = fixtures.districtCommittee();
        String url = "/api/v1/committees/" + committee.getId() + "/memberships";
        mvc.perform(post(url).with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"externalName":"Rana Tariq","designation":"Director Labour","agencyCode":"PB-SWD","role":"MEMBER",
                         "sector":"LABOUR","from":"%s"}""".formatted(today())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sectors.length()").value(1))
                .andExpect(jsonPath("$.sectors[0]").value("LABOUR"));
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/roster").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.gaps.missingSectors", not(org.hamcrest.Matchers.hasItem("LABOUR"))));

        mvc.perform(post(url).with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"externalName":"Someone Else","agencyCode":"PB-SWD","role":"MEMBER","sector":"FISHERIES","from":"%s"}"""
                        .formatted(today())))
                .andExpect(status().isBadRequest());
    }

    private Roster roster(Committee committee) {
        return asSystem(() -> rosters.roster(fixtures.user("admin"), committee.getId(), null));
    }
}
