package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.AgencyType;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual report page's JSON link works for the signed-in reader: the API under {@code /api/**} takes HTTP
 * Basic only and answered the page's link with 401, so the page links to the same report on the screens' side,
 * which answers exactly what the API answers that user.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AnnualReportJsonTest {

    private final MockMvc mvc;

    private final ReportingFixtures fixtures;

    @Test
    void theReportPagesJsonLinkGivesTheSignedInReaderTheApisJson() throws Exception {
        RabtaUser reader = fixtures.newCaseworker(AgencyType.POLICE);
        fixtures.register(reader, LocalDate.of(2020, 7, 1));
        String page = mvc.perform(get("/statistics/annual").param("year", "2020").param("province", "PK6").with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String link = Jsoup.parse(page).select("a[href*=json]").attr("href");
        assertThat(link).startsWith("/statistics/annual.json?year=2020&province=PK6");

        String fromThePage = mvc.perform(get(link).with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.year").value(2020))
                .andExpect(jsonPath("$.victims.total").value(1))
                // Investigations and prosecutions (issue 16): the seven figures by their published names.
                .andExpect(jsonPath("$.justice.*", hasSize(7)))
                .andExpect(jsonPath("$.justice.investigations").value(0))
                .andExpect(jsonPath("$.justice.investigationsPtpa").value(0))
                .andExpect(jsonPath("$.justice.investigationsPsma").value(0))
                .andExpect(jsonPath("$.justice.accusedArrested").value(0))
                .andExpect(jsonPath("$.justice.accusedProsecuted").value(0))
                .andExpect(jsonPath("$.justice.accusedConvicted").value(0))
                .andExpect(jsonPath("$.justice.accusedAcquitted").value(0))
                .andReturn().getResponse().getContentAsString();
        String fromTheApi = mvc.perform(get("/api/v1/reports/annual").param("year", "2020").param("province", "PK6")
                        .with(httpBasic(reader.username(), TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fromThePage).isEqualTo(fromTheApi);
    }

    @Test
    void itKeepsTheApisAccessRules() throws Exception {
        mvc.perform(get("/statistics/annual.json").param("year", "2020")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/statistics/annual.json").param("year", "2020").with(user(fixtures.demoUser("admin"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics/annual.json").param("year", "1900").with(user(fixtures.demoUser("analyst"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }
}
