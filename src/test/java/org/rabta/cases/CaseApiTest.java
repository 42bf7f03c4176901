package org.rabta.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.rabta.support.TestUsers;
import org.rabta.support.Unique;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseApiTest {

    private static final String URL = "/api/v1/cases";

    private final MockMvc mvc;
    private final CaseFixtures fixtures;
    private final JdbcClient jdbc;

    /** A valid body; the surname makes the case findable. */
    static String body(String lastName) {
        return """
                {"identifiedOn": "%s", "districtCode": "PK617", "howIdentified": "BORDER_OR_AIRPORT",
                 "person": {"firstName": "Nasreen", "lastName": "%s", "fatherOrHusbandName": "Abdul Ghani",
                            "sex": "FEMALE", "ageYears": 31, "nationality": "PK", "cnic": "3520212345671"},
                 "exploitationTypes": ["FORCED_LABOUR", "BONDED_LABOUR"],
                 "consent": {"dataProcessing": "GIVEN", "referral": "REFUSED", "date": "%s", "recordedBy": "Sadia Malik"}}
                """.formatted(today().minusDays(2), lastName, today().minusDays(2));
    }

    private ResultActions post(String username, String json) throws Exception {
        return post(username, json, "en");
    }

    private ResultActions post(String username, String json, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(URL)
                .with(httpBasic(username, TestUsers.PASSWORD)).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions get(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                .with(httpBasic(username, TestUsers.PASSWORD)));
    }

    private ResultActions put(String username, String caseNumber, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(URL + "/" + caseNumber)
                .with(httpBasic(username, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long audits(String caseNumber, String action, String actor) {
        return jdbc.sql("select count(*) from audit_event where case_number = :n and action = :a and actor = :actor")
                .param("n", caseNumber).param("a", action).param("actor", actor).query(Long.class).single();
    }

    private long casesNamed(String lastName) {
        return jdbc.sql("select count(*) from victim_case where last_name = :n").param("n", lastName).query(Long.class).single();
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(URL))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void registeringAnswers201WithLocationAndTheCaseInTheAgreedShape() throws Exception {
        String lastName = Unique.surname();
        String location = post("fia.lahore", body(lastName))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/cases/PB-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.caseNumber").value(matchesPattern("PB-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String caseNumber = location.substring(location.lastIndexOf('/') + 1);
        assertThat(audits(caseNumber, "CASE_REGISTERED", "fia.lahore")).isEqualTo(1);

        get("fia.lahore", location)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.identifiedOn").value(today().minusDays(2).toString()))
                .andExpect(jsonPath("$.districtCode").value("PK617"))
                .andExpect(jsonPath("$.howIdentified").value("BORDER_OR_AIRPORT"))
                .andExpect(jsonPath("$.person.firstName").value("Nasreen"))
                .andExpect(jsonPath("$.person.lastName").value(lastName))
                .andExpect(jsonPath("$.person.fatherOrHusbandName").value("Abdul Ghani"))
                .andExpect(jsonPath("$.person.sex").value("FEMALE"))
                .andExpect(jsonPath("$.person.dateOfBirth").isEmpty())
                .andExpect(jsonPath("$.person.ageYears").value(31))
                .andExpect(jsonPath("$.person.nationality").value("PK"))
                .andExpect(jsonPath("$.person.cnic").value("35202-1234567-1"))
                .andExpect(jsonPath("$.exploitationTypes", hasSize(2)))
                .andExpect(jsonPath("$.exploitationTypes", hasItem("BONDED_LABOUR")))
                .andExpect(jsonPath("$.consent.dataProcessing").value("GIVEN"))
                .andExpect(jsonPath("$.consent.referral").value("REFUSED"))
                .andExpect(jsonPath("$.owningAgencyCode").value("FIA-AHTC-LHR"))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(audits(caseNumber, "CASE_VIEWED", "fia.lahore")).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleIsA400NamingItsFieldAndNothingIsSaved() throws Exception {
        String lastName = Unique.surname();
        String json = """
                {"identifiedOn": "%s", "districtCode": "PK999", "howIdentified": "BY_CHANCE", "nickname": "x",
                 "person": {"lastName": "%s", "sex": "F", "ageYears": 130, "cnic": "12345", "nationality": "XX",
                            "dateOfBirth": "12/03/1990", "phone": "call me", "shoeSize": 9},
                 "exploitationTypes": ["FORCED_LABOUR", "CHEAP_LABOUR"],
                 "consent": {"dataProcessing": "MAYBE"}}
                """.formatted(today().plusDays(1), lastName);
        post("fia.lahore", json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'identifiedOn')].message").value(hasItem("The date cannot be in the future.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'districtCode')].message").value(hasItem("Choose a district from the list.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'howIdentified')].message").value(hasItem(containsString("BY_CHANCE"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'nickname')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'person.sex')].message").value(hasItem(containsString("FEMALE, MALE"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'person.ageYears')].message").value(hasItem("The age must be between 0 and 120.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'person.cnic')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'person.nationality')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'person.dateOfBirth')].message").value(hasItem(containsString("YYYY-MM-DD"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'person.phone')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'person.shoeSize')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'exploitationTypes')].message").value(hasItem(containsString("CHEAP_LABOUR"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'consent.dataProcessing')]").isNotEmpty())
                // a field that could not be read is reported once, not also as "required"
                .andExpect(jsonPath("$.errors[?(@.field == 'person.sex')]", hasSize(1)));
        assertThat(casesNamed(lastName)).isZero();
    }

    @Test
    void requiredFieldsAndMessagesInTheCallersLanguage() throws Exception {
        post("fia.lahore", "{}", "ur")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'identifiedOn')].message").value(hasItem("یہ خانہ لازمی ہے۔")))
                .andExpect(jsonPath("$.errors[?(@.field == 'districtCode')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'howIdentified')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'person.sex')]").isNotEmpty());
        post("fia.lahore", "[1, 2]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        post("fia.lahore", "{not json").andExpect(status().isBadRequest());
    }

    @Test
    void anotherAgencysCaseIsNotFoundForReadingEditingAndSearching() throws Exception {
        VictimCase lahore = fixtures.register("fia.lahore");
        get("fia.karachi", URL + "/" + lahore.getCaseNumber())
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        put("fia.karachi", lahore.getCaseNumber(), "{\"version\": 0, \"person\": {\"firstName\": \"Changed\"}}")
                .andExpect(status().isNotFound());
        get("fia.karachi", URL + "?q=" + lahore.getCaseNumber())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        get("fia.karachi", URL + "?q=" + lahore.getPerson().getLastName())
                .andExpect(jsonPath("$.items[*].caseNumber", not(hasItem(lahore.getCaseNumber()))));
        assertThat(jdbc.sql("select first_name from victim_case where case_number = :n").param("n", lahore.getCaseNumber())
                .query(String.class).single()).isEqualTo("Rukhsana");
        // users without a case role see no case either
        get("analyst", URL).andExpect(status().isNotFound());
        get("fia.lahore", URL + "/PB-2020-999999").andExpect(status().isNotFound());
    }

    @Test
    void theListIsPagedFilteredAndSearchedWithTheScreensFilters() throws Exception {
        // the name search is fuzzy and other tests' made-up surnames look alike: a date window of its own keeps
        // this test to its three cases
        String lastName = Unique.surname();
        LocalDate day = LocalDate.of(1987, 3, 20);
        String window = "&from=1987-03-01&to=1987-03-31";
        for (int i = 0; i < 3; i++) {
            CaseForm form = CaseFixtures.form();
            form.setLastName(lastName);
            form.setSex(i == 0 ? Sex.MALE : Sex.FEMALE);
            form.setIdentifiedOn(day.minusDays(i));
            fixtures.register("fia.lahore", form);
        }
        get("fia.lahore", URL + "?q=" + lastName + window + "&sort=IDENTIFIED&size=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].person.lastName").value(lastName))
                .andExpect(jsonPath("$.items[0].identifiedOn").value("1987-03-20"))
                .andExpect(jsonPath("$.items[0].owningAgencyCode").value("FIA-AHTC-LHR"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.countCapped").value(false));
        get("fia.lahore", URL + "?q=" + lastName + window + "&sort=IDENTIFIED&size=2&page=1")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.items[0].identifiedOn").value("1987-03-18"));
        get("fia.lahore", URL + "?q=" + lastName + window + "&sex=MALE&district=PK617&status=ACTIVE&age=ADULT"
                + "&exploitation=DOMESTIC_SERVITUDE")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].person.sex").value("MALE"));
        get("fia.lahore", URL + "?sex=SOMETIMES").andExpect(status().isBadRequest());
    }

    @Test
    void putChangesWhatTheBodyCarriesKeepsTheRestAndIsAudited() throws Exception {
        VictimCase registered = fixtures.register("fia.lahore");
        String caseNumber = registered.getCaseNumber();
        put("fia.lahore", caseNumber, "{\"version\": 0, \"person\": {\"firstName\": \"Kulsoom\", \"cnic\": \"35202-7654321-9\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.firstName").value("Kulsoom"))
                .andExpect(jsonPath("$.person.cnic").value("35202-7654321-9"))
                .andExpect(jsonPath("$.person.lastName").value(registered.getPerson().getLastName()))
                .andExpect(jsonPath("$.person.ageYears").value(24))
                .andExpect(jsonPath("$.exploitationTypes[0]").value("DOMESTIC_SERVITUDE"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(audits(caseNumber, "CASE_UPDATED", "fia.lahore")).isEqualTo(1);

        // what a GET answers can be sent back as it is (read-only properties are ignored)
        String current = get("fia.lahore", URL + "/" + caseNumber).andReturn().getResponse().getContentAsString();
        put("fia.lahore", caseNumber, current.replace("\"Kulsoom\"", "\"Kulsum\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.firstName").value("Kulsum"))
                .andExpect(jsonPath("$.version").value(2));

        put("fia.lahore", caseNumber, "{\"version\": 2, \"person\": {\"ageYears\": 200}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person.ageYears"));
        put("fia.lahore", caseNumber, "{\"person\": {\"firstName\": \"Nobody\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("select version from victim_case where case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aStalePutIs409SayingWhoChangedTheCase() throws Exception {
        VictimCase registered = fixtures.register("fia.lahore");
        String caseNumber = registered.getCaseNumber();
        put("fia.lahore.supervisor", caseNumber, "{\"version\": 0, \"person\": {\"firstName\": \"First\"}}")
                .andExpect(status().isOk());
        put("fia.lahore", caseNumber, "{\"version\": 0, \"person\": {\"firstName\": \"Second\"}}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.changedBy").value(containsString("fia.lahore.supervisor")))
                .andExpect(jsonPath("$.detail").value(containsString("fia.lahore.supervisor")))
                .andExpect(jsonPath("$.changedAt").isNotEmpty());
        assertThat(jdbc.sql("select first_name from victim_case where case_number = :n").param("n", caseNumber)
                .query(String.class).single()).isEqualTo("First");
    }

    @Test
    void scriptInNamesIsStoredAsTypedAndEscapedOnTheCasePage() throws Exception {
        String script = "<script>alert(1)</script>";
        String json = body(Unique.surname()).replace("\"Nasreen\"", "\"" + script + "\"")
                .replace("\"Abdul Ghani\"", "\"" + script + "\"");
        String response = post("fia.lahore", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.person.firstName").value(script))
                .andReturn().getResponse().getContentAsString();
        String caseNumber = JsonPath.read(response, "$.caseNumber");
        mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseNumber)
                        .with(user(fixtures.user("fia.lahore"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString(script))));
        mvc.perform(MockMvcRequestBuilders.get("/cases?q=" + caseNumber)
                        .with(user(fixtures.user("fia.lahore"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(script))));
    }
}
