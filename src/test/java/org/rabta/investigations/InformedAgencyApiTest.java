package org.rabta.investigations;

import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.directory.AgencyService;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Inform the competent agency" over the API, as a client uses it (HTTP Basic, JSON): the offer of the case page, 201
 * for informing, 400 naming the field, 404 for another agency's case, 409 naming the rule for what the screen refuses,
 * and the informed agency's read of the referral summary, audited as the screen's.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class InformedAgencyApiTest {

    private final MockMvc mvc;
    private final InvestigationFixtures fixtures;
    private final CasesApi cases;
    private final AgencyService agencies;
    private final JdbcClient jdbc;

    @Test
    void theNgoInformsTheProposedAgencyWhichReadsTheReferralSummaryOnly() throws Exception {
        String cnic = "35202-" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L)) + "-4";
        String caseNumber = ngoCase(cnic);
        cases.recordConfirmedDetermination(caseNumber, "TRAFFICKING");
        long police = agencies.byCode("PB-POLICE-LHR").getId();
        long fia = agencies.byCode("FIA-AHTC-LHR").getId();

        // Trafficking within Pakistan, in Lahore: the district's police is proposed, first; nobody informed yet.
        mvc.perform(get("/api/v1/cases/" + caseNumber + "/competent-agencies").with(httpBasic("ngo.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proposedOffence").value("PTPA_2018_S3"))
                .andExpect(jsonPath("$.agencies[0].id").value((int) police))
                .andExpect(jsonPath("$.agencies[0].proposed").value(true))
                .andExpect(jsonPath("$.agencies[?(@.informed == true)]", hasSize(0)));

        informAs("ngo.lahore", caseNumber, "{\"agencyId\": " + fia + "}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/cases/" + caseNumber + "/informed"))
                .andExpect(jsonPath("$.informed[0].agencyCode").value("FIA-AHTC-LHR"))
                .andExpect(jsonPath("$.informed[0].byAgencyCode").value("NGO-LHR-SHELTER"));
        mvc.perform(get("/api/v1/cases/" + caseNumber + "/competent-agencies").with(httpBasic("ngo.lahore", PASSWORD)))
                .andExpect(jsonPath("$.agencies[?(@.id == " + fia + ")].informed").value(true))
                .andExpect(jsonPath("$.agencies[?(@.id == " + fia + ")].informedBy").value("Saima Butt"))
                .andExpect(jsonPath("$.agencies[0].id").value((int) police));

        mvc.perform(get("/api/v1/cases/" + caseNumber + "/informed").with(httpBasic("fia.lahore.supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.name", containsString("Rukhsana")))
                .andExpect(jsonPath("$.person.ageYears").value(24))
                .andExpect(jsonPath("$.proposedOffence").value("PTPA_2018_S3"))
                .andExpect(jsonPath("$.mayRegister").value(true))
                .andExpect(jsonPath("$.informed", hasSize(1)))
                .andExpect(content().string(not(containsString(cnic))))
                .andExpect(content().string(not(containsString(cnic.replace("-", "")))))
                .andExpect(content().string(not(containsString("0300-7654321"))));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where actor = 'fia.lahore.supervisor' and action = 'CASE_SUMMARY_VIEWED'
                        and case_number = :n""").param("n", caseNumber).query(Long.class).single()).isEqualTo(1);
        for (String outsider : new String[] {"police.lahore", "fia.karachi.supervisor", "analyst"}) {
            mvc.perform(get("/api/v1/cases/" + caseNumber + "/informed").with(httpBasic(outsider, PASSWORD)))
                    .andExpect(status().isNotFound());
        }
        // The informed agency sees the summary, never the record, nor the owner's offer.
        mvc.perform(get("/api/v1/cases/" + caseNumber + "/competent-agencies").with(httpBasic("fia.lahore.supervisor", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void namesTheFieldOfABadChoiceAndTheRuleOfARefusedStep() throws Exception {
        String caseNumber = ngoCase(null);
        long fia = agencies.byCode("FIA-AHTC-LHR").getId();

        informAs("ngo.lahore", caseNumber, "{\"agencyId\": " + fia + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("investigations.offer.none"));
        cases.recordConfirmedDetermination(caseNumber, "SMUGGLING");

        informAs("ngo.lahore", caseNumber, "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agencyId"));
        informAs("ngo.lahore", caseNumber, "{\"agencyId\": " + agencies.byCode("NGO-LHR-SHELTER").getId() + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agencyId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("FIA circle or police")));
        informAs("ngo.lahore", caseNumber, "{\"agencyId\": 999999999}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agencyId"));
        informAs("ngo.lahore", caseNumber, "{\"agencyId\": \"FIA\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agencyId"));

        informAs("fia.karachi", caseNumber, "{\"agencyId\": " + fia + "}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseNumber + "/competent-agencies").with(httpBasic("fia.karachi", PASSWORD)))
                .andExpect(status().isNotFound());

        informAs("ngo.lahore", caseNumber, "{\"agencyId\": " + fia + "}").andExpect(status().isCreated());
        informAs("ngo.lahore.supervisor", caseNumber, "{\"agencyId\": " + fia + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("investigations.inform.already"))
                .andExpect(jsonPath("$.detail", containsString("already been informed")));

        // Law enforcement registers an investigation itself: nothing to offer, and informing is refused by that rule.
        String policeCase = fixtures.registerCase("police.lahore");
        cases.recordConfirmedDetermination(policeCase, "TRAFFICKING");
        mvc.perform(get("/api/v1/cases/" + policeCase + "/competent-agencies").with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proposedOffence").value(nullValue()))
                .andExpect(jsonPath("$.agencies", hasSize(0)));
        informAs("police.lahore", policeCase, "{\"agencyId\": " + fia + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("investigations.inform.investigatesItself"));
        assertThat(jdbc.sql("select count(*) from case_agency_informed f join victim_case c on c.id = f.case_id where c.case_number in (:n)")
                .param("n", List.of(caseNumber, policeCase)).query(Long.class).single()).isEqualTo(1);
    }

    private ResultActions informAs(String username, String caseNumber, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseNumber + "/informed-agencies").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** An NGO's case in Lahore, with a CNIC and a phone number when given: the record the summary must not show. */
    private String ngoCase(String cnic) {
        CaseForm form = InvestigationFixtures.caseForm();
        form.setCnic(cnic);
        form.setPhone(cnic == null ? null : "0300-7654321");
        return cases.register(fixtures.user("ngo.lahore"), form).getCaseNumber();
    }
}
