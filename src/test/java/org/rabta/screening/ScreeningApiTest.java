package org.rabta.screening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ScreeningApiTest {

    private static final String URL = "/api/v1/screening/evaluate";
    private static final String INDICATOR_MESSAGE = "is not an indicator code";
    private static final String INDICATORS_MESSAGE = "must be an array of indicator codes";

    private final MockMvc mvc;

    private ResultActions evaluate(String json) throws Exception {
        return evaluateAs("fia.lahore", json, "en");
    }

    private ResultActions evaluateAs(String username, String json, String language) throws Exception {
        return mvc.perform(post(URL).with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .content(json));
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("{\"age\":30,\"facts\":{}}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void adultRecruitedByDeceptionForDomesticServitudeInPakistan() throws Exception {
        evaluate("""
                {"age": 25, "facts": {"ACT_RECRUITED": "YES", "MEANS_FRAUD_OR_DECEPTION": "YES",
                  "PURPOSE_DOMESTIC_SERVITUDE": "YES", "BORDER_CROSSED": "NO", "MOVEMENT_CONSENTED": "UNKNOWN"}}""")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.outcome").value("TRAFFICKING"))
                .andExpect(jsonPath("$.elements.act").value("YES"))
                .andExpect(jsonPath("$.elements.means").value("YES"))
                .andExpect(jsonPath("$.elements.purpose").value("YES"))
                .andExpect(jsonPath("$.elements.child").value("NO"))
                .andExpect(jsonPath("$.elements.trafficking").value("YES"))
                .andExpect(jsonPath("$.elements.smuggling").value("NO"))
                .andExpect(jsonPath("$.elements.irregularMigration").value("UNKNOWN"))
                .andExpect(jsonPath("$.competentAgency").value("POLICE"))
                .andExpect(jsonPath("$.flags", hasSize(1)))
                .andExpect(jsonPath("$.flags[0]").value("NON_PUNISHMENT"))
                .andExpect(jsonPath("$.legalBasis", hasSize(4)))
                .andExpect(jsonPath("$.legalBasis[0]").value("PTPA 2018 s.3"))
                .andExpect(jsonPath("$.legalBasis[1]").value("PTPA 2018 s.6"))
                .andExpect(jsonPath("$.legalBasis[2]").value("PTPA 2018 s.8"))
                .andExpect(jsonPath("$.legalBasis[3]").value("Palermo Trafficking Protocol art. 3"))
                .andExpect(jsonPath("$.explanation", hasSize(6)))
                .andExpect(jsonPath("$.explanation[0]").value("Outcome: victim of trafficking in persons. "
                        + "Offer protection and assistance, and refer the case for investigation."))
                .andExpect(jsonPath("$.explanation[1]").value("Trafficking is established: the person was subjected "
                        + "to recruitment (act) by fraud or deception (means) for domestic servitude (purpose) (PTPA s.3)."))
                .andExpect(jsonPath("$.explanation[2]").value("Not smuggling: no international border was crossed."))
                .andExpect(jsonPath("$.explanation[3]").value(
                        "Irregular migration cannot be decided yet. Still unknown: irregular stay."))
                .andExpect(jsonPath("$.explanation[5]").value("Competent agency: the provincial police, because "
                        + "no international border crossing is recorded (PTPA s.8)."))
                .andExpect(jsonPath("$.rulesetVersion").value("PK-2018.2"))
                .andExpect(jsonPath("$.decisiveUnknowns", hasSize(0)));
    }

    @Test
    void smuggledChildAnsweredInUrdu() throws Exception {
        evaluateAs("police.lahore", """
                {"age": 16, "facts": {"BORDER_CROSSED": "YES", "ENTRY_OR_EXIT_IRREGULAR": "YES",
                  "FACILITATOR_INVOLVED": "YES", "FACILITATOR_BENEFIT": "YES",
                  "DESTINATION_NATIONAL_OR_RESIDENT": "NO", "MOVEMENT_CONSENTED": "YES", "ACT_TRANSPORTED": "YES"}}""",
                "ur-PK")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("VULNERABLE_SMUGGLED_MIGRANT"))
                .andExpect(jsonPath("$.elements.child").value("YES"))
                .andExpect(jsonPath("$.elements.smuggling").value("YES"))
                .andExpect(jsonPath("$.elements.trafficking").value("UNKNOWN"))
                .andExpect(jsonPath("$.competentAgency").value("FIA"))
                .andExpect(jsonPath("$.flags[0]").value("CHILD"))
                .andExpect(jsonPath("$.flags[1]").value("NON_PUNISHMENT"))
                .andExpect(jsonPath("$.flags", hasSize(2)))
                .andExpect(jsonPath("$.explanation[0]").value(
                        "نتیجہ: کمزور حالت میں اسمگل شدہ تارکِ وطن۔ یہ شخص بچہ ہے، اس کی کوئی کمزوری درج ہے، یا سفر میں"
                                + " اسے خطرے میں ڈالا گیا یا اس سے بدسلوکی ہوئی: تحفظ اور امداد فراہم کریں۔"))
                .andExpect(jsonPath("$.explanation[2]").value("عمل موجود ہے: نقل و حمل۔"))
                .andExpect(jsonPath("$.explanation[3]").value("ذریعہ ثابت کرنا ضروری نہیں کیونکہ یہ شخص بچہ ہے "
                        + "(انسدادِ انسانی تجارت ایکٹ 2018، دفعہ 7)۔"));
    }

    @Test
    void aChildTransportedForBeggingIsTraffickedWithoutMeansAndDespiteConsent() throws Exception {
        evaluate("""
                {"age": 17, "facts": {"ACT_TRANSPORTED": "YES", "PURPOSE_FORCED_BEGGING": "YES",
                  "MEANS_FORCE": "NO", "MOVEMENT_CONSENTED": "YES"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("TRAFFICKING"))
                .andExpect(jsonPath("$.elements.means").value("UNKNOWN"))
                .andExpect(jsonPath("$.elements.trafficking").value("YES"))
                .andExpect(jsonPath("$.flags[0]").value("CHILD"))
                .andExpect(jsonPath("$.explanation[1]").value("Trafficking is established: the person, a child, was "
                        + "subjected to transport (act) for forced begging (purpose) (PTPA s.3 and s.7)."))
                .andExpect(jsonPath("$.explanation[2]").value(
                        "Means need not be shown because the person is a child (PTPA s.7)."))
                .andExpect(jsonPath("$.explanation[3]", containsString("consent to the movement does not change this")));
    }

    @Test
    void at18TheSameFactsNeedMeansAndTheMissingMeansDecide() throws Exception {
        evaluate("""
                {"age": 18, "facts": {"ACT_TRANSPORTED": "YES", "PURPOSE_FORCED_BEGGING": "YES"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("POSSIBLE_TRAFFICKING"))
                .andExpect(jsonPath("$.elements.child").value("NO"))
                .andExpect(jsonPath("$.decisiveUnknowns", hasSize(10)))
                .andExpect(jsonPath("$.decisiveUnknowns[0]").value("MEANS_FORCE"))
                .andExpect(jsonPath("$.decisiveUnknowns[9]").value("MEANS_PAYMENT_TO_PERSON_IN_CONTROL"));
    }

    @Test
    void leftOutFactsAndAgeAreUnknown() throws Exception {
        evaluate("{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("INSUFFICIENT_INFORMATION"))
                .andExpect(jsonPath("$.elements.child").value("UNKNOWN"))
                .andExpect(jsonPath("$.competentAgency").value("POLICE"))
                .andExpect(jsonPath("$.flags", hasSize(0)))
                .andExpect(jsonPath("$.legalBasis", hasSize(0)))
                .andExpect(jsonPath("$.decisiveUnknowns", hasSize(24)));
        evaluate("{\"age\": null, \"facts\": null}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("INSUFFICIENT_INFORMATION"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"analyst", "admin", "committee.lahore", "ngo.lahore"})
    void anySignedInRoleMayEvaluate(String username) throws Exception {
        evaluateAs(username, "{\"age\": 30, \"facts\": {\"STAY_IRREGULAR\": \"YES\", \"BORDER_CROSSED\": \"NO\"}}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("IRREGULAR_MIGRATION"));
    }

    private static final String SMUGGLED_ADULT = """
            "age": 28, "facts": {"BORDER_CROSSED": "YES", "ENTRY_OR_EXIT_IRREGULAR": "YES", "FACILITATOR_INVOLVED": "YES",
              "FACILITATOR_BENEFIT": "YES", "DESTINATION_NATIONAL_OR_RESIDENT": "NO", "ACT_TRANSPORTED": "YES"%s}""";

    @Test
    void plainSmugglingCarriesNoTraffickingIndicatorsFlag() throws Exception {
        evaluate("{" + SMUGGLED_ADULT.formatted("") + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SMUGGLING"))
                .andExpect(jsonPath("$.flags", hasSize(1)))
                .andExpect(jsonPath("$.flags[0]").value("NON_PUNISHMENT"));
    }

    @Test
    void smugglingWithAMeansCarriesTheFlagAndNamesTheMeans() throws Exception {
        evaluate("{" + SMUGGLED_ADULT.formatted(", \"MEANS_DEBT_BONDAGE\": \"YES\"") + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[1]").value("TRAFFICKING_INDICATORS_PRESENT"))
                .andExpect(jsonPath("$.explanation", hasItem(
                        "A means or a purpose of trafficking is present (debt bondage) although the outcome is smuggling"
                                + " or irregular migration: screen again for trafficking before treating the person only"
                                + " as a migrant.")));
    }

    @Test
    void indicatorsRecordedAsPresentRaiseTheFlagAsForAStoredScreening() throws Exception {
        evaluate("{" + SMUGGLED_ADULT.formatted("")
                + ", \"indicators\": [\"DECEIVED_WAGES\", \"RECRUITMENT_DEBT_BONDAGE\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulesetVersion").value("PK-2018.2"))
                .andExpect(jsonPath("$.flags[1]").value("TRAFFICKING_INDICATORS_PRESENT"))
                .andExpect(jsonPath("$.explanation", hasItem(
                        "2 ILO/EC indicators of trafficking are recorded as present although the outcome is smuggling"
                                + " or irregular migration: screen again for trafficking before treating the person only"
                                + " as a migrant.")));
        evaluateAs("fia.lahore", "{" + SMUGGLED_ADULT.formatted("") + ", \"indicators\": [\"DECEIVED_WAGES\"]}", "ur")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation", hasItem(
                        "نتیجہ اسمگلنگ یا بے قاعدہ ہجرت ہونے کے باوجود انسانی تجارت کی ایک آئی ایل او/ای سی علامت موجود درج"
                                + " ہے: اس شخص کو محض تارکِ وطن سمجھنے سے پہلے انسانی تجارت کے لیے دوبارہ جانچ کریں۔")));
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("{\"facts\": {\"ACT_RECRUTED\": \"YES\"}}", "facts.ACT_RECRUTED", "is not a fact code"),
                Arguments.of("{\"facts\": {\"ACT_RECRUITED\": \"MAYBE\"}}", "facts.ACT_RECRUITED",
                        "must be YES, NO or UNKNOWN, not \"MAYBE\""),
                Arguments.of("{\"facts\": {\"ACT_RECRUITED\": \"yes\"}}", "facts.ACT_RECRUITED",
                        "must be YES, NO or UNKNOWN, not \"yes\""),
                Arguments.of("{\"facts\": {\"ACT_RECRUITED\": true}}", "facts.ACT_RECRUITED",
                        "must be YES, NO or UNKNOWN, not true"),
                Arguments.of("{\"facts\": {\"ACT_RECRUITED\": null}}", "facts.ACT_RECRUITED",
                        "must be YES, NO or UNKNOWN, not null"),
                Arguments.of("{\"facts\": {\"ACT_RECRUITED\": \"" + "Y".repeat(60) + "\"}}", "facts.ACT_RECRUITED",
                        "must be YES, NO or UNKNOWN, not \"" + "Y".repeat(39) + "…"),
                Arguments.of("{\"facts\": [\"ACT_RECRUITED\"]}", "facts",
                        "must be an object that maps fact codes to YES, NO or UNKNOWN"),
                Arguments.of("{\"facts\": \"ACT_RECRUITED\"}", "facts",
                        "must be an object that maps fact codes to YES, NO or UNKNOWN"),
                Arguments.of("{\"age\": -1}", "age", "must be a whole number from 0 to 120, or null"),
                Arguments.of("{\"age\": 121}", "age", "must be a whole number from 0 to 120, or null"),
                Arguments.of("{\"age\": 16.5}", "age", "must be a whole number from 0 to 120, or null"),
                Arguments.of("{\"age\": \"16\"}", "age", "must be a whole number from 0 to 120, or null"),
                Arguments.of("{\"age\": 99999999999}", "age", "must be a whole number from 0 to 120, or null"),
                Arguments.of("{\"indicators\": [\"NO_SUCH_INDICATOR\"]}", "indicators[0]", INDICATOR_MESSAGE),
                Arguments.of("{\"indicators\": \"DECEIVED_WAGES\"}", "indicators", INDICATORS_MESSAGE));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidRequests")
    void badInputIsA400ProblemNamingTheField(String json, String field, String message) throws Exception {
        evaluate(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Invalid request: " + field + " " + message))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() throws Exception {
        evaluate("{\"age\": 200, \"facts\": {\"X\": \"YES\", \"ACT_RECRUITED\": \"MAYBE\", \"MEANS_FORCE\": \"YES\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("age"))
                .andExpect(jsonPath("$.errors[1].field").value("facts.X"))
                .andExpect(jsonPath("$.errors[2].field").value("facts.ACT_RECRUITED"))
                .andExpect(jsonPath("$.detail", containsString("facts.X is not a fact code")));
    }

    @Test
    void fieldMessagesFollowTheCallersLanguage() throws Exception {
        evaluateAs("fia.lahore", "{\"facts\": {\"ACT_RECRUTED\": \"YES\"}}", "ur")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facts.ACT_RECRUTED"))
                .andExpect(jsonPath("$.errors[0].message").value("حقیقت کا کوئی درست کوڈ نہیں"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() throws Exception {
        evaluate("{\"age\": 30, \"facts\": {")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
