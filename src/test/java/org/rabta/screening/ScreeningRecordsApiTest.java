package org.rabta.screening;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.rabta.screening.ScreeningFixtures.CASEWORKER;
import static org.rabta.screening.ScreeningFixtures.OTHER_AGENCY;
import static org.rabta.screening.ScreeningFixtures.SUPERVISOR;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ScreeningRecordsApiTest {

    private static final String TRAFFICKED = """
            "facts": {"ACT_RECRUITED": "YES", "MEANS_FRAUD_OR_DECEPTION": "YES", "PURPOSE_DOMESTIC_SERVITUDE": "YES",
                      "BORDER_CROSSED": "NO"}""";

    private final MockMvc mvc;

    private final ScreeningFixtures fixtures;

    private ResultActions store(String username, String caseNumber, String json) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseNumber + "/screenings").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions review(String username, long id, String step, String json) throws Exception {
        return mvc.perform(post("/api/v1/screenings/" + id + "/" + step).with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(MvcResult result) throws Exception {
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    private static int version(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$.version");
    }

    @Test
    void storesAScreeningAnswering201WithLocationAndTheResultAsTheEvaluateContract() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        store(CASEWORKER, caseNumber, "{" + TRAFFICKED + "}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/screenings/\\d+")))
                .andExpect(jsonPath("$.outcome").value("TRAFFICKING"))
                .andExpect(jsonPath("$.elements.trafficking").value("YES"))
                .andExpect(jsonPath("$.elements.child").value("NO"))
                .andExpect(jsonPath("$.competentAgency").value("POLICE"))
                .andExpect(jsonPath("$.flags[0]").value("NON_PUNISHMENT"))
                .andExpect(jsonPath("$.legalBasis[0]").value("PTPA 2018 s.3"))
                .andExpect(jsonPath("$.explanation[0]").value(matchesPattern("Outcome: victim of trafficking in persons.*")))
                .andExpect(jsonPath("$.rulesetVersion").value("PK-2018.2"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.determination").value("TRAFFICKING"))
                .andExpect(jsonPath("$.version").isNumber())
                .andExpect(jsonPath("$.age").value(30))
                .andExpect(jsonPath("$.facts.MEANS_FORCE").value("UNKNOWN"))
                .andExpect(jsonPath("$.submitted.by").value(CASEWORKER))
                .andExpect(jsonPath("$.nextSteps[0].code").value("shelter"))
                .andExpect(jsonPath("$.nextSteps[0].service").value("SHELTER"))
                .andExpect(jsonPath("$.nextSteps[0].referral").value("/cases/" + caseNumber + "/referrals/new?service=SHELTER"));
    }

    @Test
    void historyIsNewestFirstAndADraftIsRevisedThenConfirmed() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, null);
        long first = id(store(CASEWORKER, caseNumber, "{\"age\": 15, \"draft\": true, " + TRAFFICKED + "}")
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.determination").isEmpty())
                .andExpect(jsonPath("$.flags[0]").value("CHILD"))
                .andReturn());
        MvcResult second = store(CASEWORKER, caseNumber, "{\"draft\": true, \"facts\": {}}").andReturn();

        mvc.perform(get("/api/v1/cases/" + caseNumber + "/screenings").with(httpBasic(CASEWORKER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(id(second)))
                .andExpect(jsonPath("$[1].id").value(first))
                .andExpect(jsonPath("$[1].outcome").value("TRAFFICKING"));

        MvcResult draft = mvc.perform(get("/api/v1/screenings/" + first).with(httpBasic(CASEWORKER, PASSWORD))).andReturn();
        MvcResult submitted = mvc.perform(put("/api/v1/screenings/" + first).with(httpBasic(CASEWORKER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"age\": 15, \"version\": " + version(draft) + ", " + TRAFFICKED + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn();

        review(SUPERVISOR, first, "confirm", "{\"version\": " + version(draft) + "}").andExpect(status().isConflict());
        review(CASEWORKER, first, "confirm", "{\"version\": " + version(submitted) + "}").andExpect(status().isNotFound());
        review(SUPERVISOR, first, "confirm", "{\"version\": " + version(submitted) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.reviewed.by").value(SUPERVISOR));
        review(SUPERVISOR, first, "return", "{\"version\": " + (version(submitted) + 1) + ", \"comment\": \"late\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void aSupervisorReturnsWithAComment() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        MvcResult stored = store(CASEWORKER, caseNumber, "{" + TRAFFICKED + "}").andReturn();
        review(SUPERVISOR, id(stored), "return", "{\"version\": " + version(stored) + ", \"comment\": \"Ask about the border.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.supervisorComment").value("Ask about the border."));
    }

    @Test
    void aDifferingDeterminationWithoutAReasonIs400NamingTheReason() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        store(CASEWORKER, caseNumber, "{\"determination\": \"SMUGGLING\", " + TRAFFICKED + "}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Give a reason: your determination differs from the engine’s outcome."));
        store(CASEWORKER, caseNumber, "{\"determination\": \"SMUGGLING\", \"reason\": \"She paid an agent to cross.\", " + TRAFFICKED + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("TRAFFICKING"))
                .andExpect(jsonPath("$.determination").value("SMUGGLING"))
                .andExpect(jsonPath("$.reason").value("She paid an agent to cross."));
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("{\"age\": 121}", "age"),
                Arguments.of("{\"age\": \"ten\"}", "age"),
                Arguments.of("{\"facts\": []}", "facts"),
                Arguments.of("{\"facts\": {\"ACT_KIDNAPPED\": \"YES\"}}", "facts.ACT_KIDNAPPED"),
                Arguments.of("{\"facts\": {\"ACT_RECRUITED\": \"MAYBE\"}}", "facts.ACT_RECRUITED"),
                Arguments.of("{\"determination\": \"VICTIM\"}", "determination"),
                Arguments.of("{\"determination\": 3}", "determination"),
                Arguments.of("{\"reason\": 42, \"draft\": true}", "reason"),
                Arguments.of("{\"draft\": \"yes\"}", "draft"),
                Arguments.of("{\"indicators\": \"EXCESSIVE_HOURS\"}", "indicators"),
                Arguments.of("{\"indicators\": [\"EXCESSIVE_HOURS\", \"TIRED\"]}", "indicators[1]"),
                Arguments.of("{\"reason\": \"" + "x".repeat(2001) + "\"}", "reason"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void everyInvalidFieldIsA400NamingIt(String json, String field) throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        store(CASEWORKER, caseNumber, json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void reviewsNeedAVersionAndAReturnNeedsAComment() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        MvcResult stored = store(CASEWORKER, caseNumber, "{" + TRAFFICKED + "}").andReturn();
        review(SUPERVISOR, id(stored), "confirm", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        review(SUPERVISOR, id(stored), "return", "{\"version\": " + version(stored) + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
        review(SUPERVISOR, id(stored), "return", "{\"version\": " + version(stored) + ", \"comment\": 7}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(put("/api/v1/screenings/" + id(stored)).with(httpBasic(CASEWORKER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"facts\": {}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void otherAgenciesGet404AndErrorsSpeakUrdu() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        long id = id(store(CASEWORKER, caseNumber, "{" + TRAFFICKED + "}").andReturn());
        store(OTHER_AGENCY, caseNumber, "{" + TRAFFICKED + "}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseNumber + "/screenings").with(httpBasic(OTHER_AGENCY, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screenings/" + id).with(httpBasic(OTHER_AGENCY, PASSWORD))).andExpect(status().isNotFound());
        review(OTHER_AGENCY, id, "confirm", "{\"version\": 0}").andExpect(status().isNotFound());
        store(CASEWORKER, "PB-1999-999999", "{}").andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/cases/" + caseNumber + "/screenings").with(httpBasic(CASEWORKER, PASSWORD))
                        .header("Accept-Language", "ur").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"determination\": \"SMUGGLING\", " + TRAFFICKED + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("وجہ لکھیں: آپ کا فیصلہ نظام کے نتیجے سے مختلف ہے۔"));
    }
}
