package org.rabta.referrals;

import com.jayway.jsonpath.JsonPath;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.VictimCase;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ReferralApiTest {

    static final String PASSWORD = TestUsers.PASSWORD;

    private final MockMvc mvc;

    private final ReferralFixtures fixtures;

    private ResultActions post(String username, String url, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long create(VictimCase victimCase) throws Exception {
        String body = post("police.lahore", "/api/v1/cases/" + victimCase.getCaseNumber() + "/referrals", """
                {"toAgencyCode":"NGO-LHR-SHELTER","serviceType":"SHELTER","urgency":"EMERGENCY","message":"Tonight"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/referrals/")))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.toAgencyCode").value("NGO-LHR-SHELTER"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void theWholeJourneyThroughTheApi() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = create(victimCase);

        mvc.perform(get("/api/v1/referrals/" + id).with(httpBasic("ngo.lahore", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.caseNumber").value(victimCase.getCaseNumber()))
                .andExpect(content().string(not(containsString(victimCase.getPerson().getCnic()))));
        mvc.perform(get("/api/v1/cases/" + victimCase.getCaseNumber()).with(httpBasic("ngo.lahore", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals?role=received&status=SENT").with(httpBasic("ngo.lahore", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/referrals?role=sent").with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

        post("ngo.lahore", "/api/v1/referrals/" + id + "/accept", "{\"note\":\"Bed 4\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        post("ngo.lahore", "/api/v1/referrals/" + id + "/start", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        post("ngo.lahore", "/api/v1/referrals/" + id + "/complete", "{\"note\":\"Safe\",\"servicesDelivered\":\"Shelter\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.outcomeNote").value("Safe"));
    }

    @Test
    void illegalMovesAre409ProblemDetails() throws Exception {
        long id = create(fixtures.caseOf("police.lahore", true));
        post("ngo.lahore", "/api/v1/referrals/" + id + "/complete", "{\"note\":\"x\"}")
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.code").value("referrals.error.illegalMove"))
                .andExpect(jsonPath("$.detail").value("You cannot complete this referral: it is Sent."));
        post("police.lahore", "/api/v1/referrals/" + id + "/accept", "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referrals.error.receiverMove"));
        post("ngo.lahore", "/api/v1/referrals/" + id + "/decline", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post("ngo.lahore", "/api/v1/referrals/" + id + "/decline", "{\"reason\":\"No beds\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECLINED"));
        post("ngo.lahore", "/api/v1/referrals/" + id + "/accept", "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("You cannot accept this referral: it is Declined."));
        post("police.lahore", "/api/v1/referrals/" + id + "/withdraw", "{\"reason\":\"x\"}")
                .andExpect(status().isConflict());
        post("ngo.lahore", "/api/v1/referrals/" + id + "/accept", "{\"version\":0}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("changed by someone else")));
    }

    @Test
    void missingConsentIs422AndASupervisorsEmergencyOverrideIs201() throws Exception {
        VictimCase victimCase = fixtures.caseOf("fia.lahore", false);
        String url = "/api/v1/cases/" + victimCase.getCaseNumber() + "/referrals";
        post("fia.lahore", url, """
                {"toAgencyCode":"NGO-LHR-SHELTER","serviceType":"SHELTER","urgency":"EMERGENCY"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("referrals.error.consentRequired"));
        post("fia.lahore.supervisor", url, """
                {"toAgencyCode":"NGO-LHR-SHELTER","serviceType":"SHELTER","urgency":"EMERGENCY","consentOverrideReason":"Unconscious, in danger"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.consentOverrideReason").value("Unconscious, in danger"));
    }

    @Test
    void badInputIs400AndOthersReferralsAre404() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        post("police.lahore", "/api/v1/cases/" + victimCase.getCaseNumber() + "/referrals", "{\"urgency\":\"NORMAL\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("serviceType")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("toAgencyCode")));
        post("fia.karachi", "/api/v1/cases/" + victimCase.getCaseNumber() + "/referrals", """
                {"toAgencyCode":"NGO-LHR-SHELTER","serviceType":"SHELTER","urgency":"NORMAL"}""")
                .andExpect(status().isNotFound());
        long id = create(victimCase);
        mvc.perform(get("/api/v1/referrals/" + id).with(httpBasic("swd.punjab", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals?role=nobody").with(httpBasic("swd.punjab", PASSWORD))).andExpect(status().isBadRequest());
    }

    @Test
    void theServiceDirectoryIsSearchableByTypeAndDistrict() throws Exception {
        mvc.perform(get("/api/v1/services?type=SHELTER&district=PK617").with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agencyCode", hasItem("NGO-LHR-SHELTER")))
                .andExpect(jsonPath("$[*].serviceType", not(hasItem("LEGAL_AID"))));
        mvc.perform(get("/api/v1/services?type=SHELTER&district=PK702").with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agencyCode", not(hasItem("NGO-LHR-SHELTER"))));
    }

    @Test
    void theServiceDirectoryListsOnlyOffersThatTakeInThePersonsSexAndAge() throws Exception {
        mvc.perform(get("/api/v1/services?type=SHELTER&district=PK617&sex=FEMALE&age=28")
                        .with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agencyCode", hasItem("NGO-LHR-SHELTER")))
                .andExpect(jsonPath("$[*].agencyCode", not(hasItem("PB-CPWB"))));
        mvc.perform(get("/api/v1/services?type=SHELTER&district=PK617&sex=FEMALE&age=12")
                        .with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agencyCode", hasItem("PB-CPWB")));
        mvc.perform(get("/api/v1/services?type=SHELTER&sex=MALE&age=30").with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agencyCode", not(hasItem("PB-CPWB"))))
                .andExpect(jsonPath("$[*].agencyCode", not(hasItem("NGO-LHR-SHELTER"))));
        mvc.perform(get("/api/v1/services?age=-1").with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aReferralToAProviderThatDoesNotTakeInThePersonIsA400OnTheProvider() throws Exception {
        VictimCase woman = fixtures.caseOf("police.lahore", true);
        post("police.lahore", "/api/v1/cases/" + woman.getCaseNumber() + "/referrals", """
                {"toAgencyCode":"PB-CPWB","serviceType":"SHELTER","urgency":"HIGH","message":"Needs a bed"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toAgencyCode"));
    }
}
