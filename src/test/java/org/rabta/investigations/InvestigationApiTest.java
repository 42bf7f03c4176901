package org.rabta.investigations;

import com.jayway.jsonpath.JsonPath;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.rabta.investigations.InvestigationFixtures.uniqueFir;
import static org.rabta.support.Dates.today;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The investigations API as a client uses it: HTTP Basic, JSON in and out, 400 / 404 / 409 as the issue lists them. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class InvestigationApiTest {

    private final MockMvc mvc;

    private final InvestigationFixtures fixtures;

    private String register(String username, String accusedName, String caseNumber) throws Exception {
        String body = """
                {"firNumber": "%s", "registeredOn": "%s", "districtCode": "PK617", "offences": ["PTPA_2018_S3", "PPC_371A"],
                 "caseNumbers": [%s],
                 "accused": [{"name": "%s", "fatherName": "Ghulam Nabi", "sex": "MALE", "ageYears": 45, "nationality": "PK",
                              "cnic": "3520112345671", "role": "RECRUITER"},
                             {"name": "Shaukat %s", "sex": "MALE", "role": "TRANSPORTER"}]}"""
                .formatted(uniqueFir(), today().minusDays(40), caseNumber == null ? "" : "\"" + caseNumber + "\"", accusedName, Unique.surname());
        MvcResult result = mvc.perform(post("/api/v1/investigations").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/investigations/\\d+")))
                .andExpect(jsonPath("$.accused[0].name").value(accusedName))
                .andExpect(jsonPath("$.accused[0].cnic").value("35201-1234567-1"))
                .andExpect(jsonPath("$.accused[1].role").value("TRANSPORTER"))
                .andExpect(jsonPath("$.registeringAgencyCode").value("FIA-AHTC-LHR"))
                .andReturn();
        return result.getResponse().getHeader("Location");
    }

    @Test
    void registersReadsAndListsAnInvestigation() throws Exception {
        String caseNumber = fixtures.registerCase("fia.lahore");
        String name = "Tariq " + Unique.surname();
        String location = register("fia.lahore", name, caseNumber);

        mvc.perform(get(location).with(httpBasic("fia.lahore.supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.victims[0].caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.victims[0].role").value("COMPLAINANT"))
                .andExpect(jsonPath("$.offences", hasSize(2)))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/investigations").param("q", "Tareq " + name.split(" ")[1]).with(httpBasic("fia.lahore", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(Integer.parseInt(location.substring(location.lastIndexOf('/') + 1)))));
        for (String outsider : new String[] {"fia.karachi", "police.lahore", "ngo.lahore", "analyst"}) {
            mvc.perform(get(location).with(httpBasic(outsider, PASSWORD))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/investigations").with(httpBasic("ngo.lahore", PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void namesEachFieldInError() throws Exception {
        mvc.perform(post("/api/v1/investigations").with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firNumber": "", "registeredOn": "%s", "districtCode": "PK617", "offences": ["PTPA_2018_S3"],
                                 "accused": [{"name": "X", "sex": "MALE", "role": "RECRUITER", "cnic": "123"}]}"""
                                .formatted(today().plusDays(2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("firNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("registeredOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("accused[0].cnic")));
        mvc.perform(post("/api/v1/investigations").with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offences\": [\"PTPA_2018_S9\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offences[0]"));
    }

    @Test
    void refusesAStaleVersionAndStepsOutOfOrderNamingTheRule() throws Exception {
        String location = register("fia.lahore", "Naveed " + Unique.surname(), null);
        String read = mvc.perform(get(location).with(httpBasic("fia.lahore", PASSWORD))).andReturn().getResponse().getContentAsString();
        String firNumber = JsonPath.read(read, "$.firNumber");
        int accusedId = JsonPath.read(read, "$.accused[0].id");
        String update = """
                {"firNumber": "%s", "registeredOn": "%s", "districtCode": "PK617", "offences": ["PSMA_2018_S3"], "version": 0}"""
                .formatted(firNumber, today().minusDays(40));
        mvc.perform(put(location).with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(location).with(httpBasic("fia.lahore.supervisor", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.changedBy").value("fia.lahore"));

        String events = "/api/v1/accused/" + accusedId + "/events";
        mvc.perform(post(events).with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"CONVICTED\", \"on\": \"%s\"}".formatted(today().minusDays(2))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("investigations.rule.verdictNeedsChargeSheet"))
                .andExpect(jsonPath("$.detail", containsString("charge sheet")));
        mvc.perform(post(events).with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"ARRESTED\", \"on\": \"%s\"}".formatted(today().minusDays(41))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        mvc.perform(post(events).with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"ARRESTED\", \"on\": \"%s\"}".formatted(today().plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        mvc.perform(post(events).with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type": "CHARGE_SHEET", "on": "%s", "court": "Sessions Court Lahore", "courtCaseNumber": "12/26",
                                 "nextHearingOn": "%s"}""".formatted(today().minusDays(5), today().plusDays(10))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.events[0].offences[0]").value("PSMA_2018_S3"))
                .andExpect(jsonPath("$.nextHearingOn").value(today().plusDays(10).toString()));
        mvc.perform(post(events).with(httpBasic("fia.karachi", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"BAILED\", \"on\": \"%s\"}".formatted(today())))
                .andExpect(status().isNotFound());

        mvc.perform(post(location + "/mla-requests").with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "EXTRADITION", "direction": "SENT", "country": "AE", "requestedOn": "%s",
                                 "subject": "Extradition of the recruiter"}""".formatted(today().minusDays(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mlaRequests[0].status").value("PENDING"));
    }
}
