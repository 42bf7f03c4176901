package org.rabta.cases;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseScreensTest {

    private final MockMvc mvc;
    private final CaseFixtures fixtures;
    private final JdbcClient jdbc;

    /** A valid registration; {@code overrides} are name, value pairs that replace (or add) parameters. */
    static MockHttpServletRequestBuilder registration(String lastName, String... overrides) {
        java.util.Map<String, String[]> params = new java.util.LinkedHashMap<>();
        params.put("identifiedOn", new String[] {today().minusDays(1).toString()});
        params.put("districtCode", new String[] {LAHORE});
        params.put("howIdentified", new String[] {"HOTLINE"});
        params.put("firstName", new String[] {"Shabana"});
        params.put("lastName", new String[] {lastName});
        params.put("fatherOrHusbandName", new String[] {"Muhammad Aslam"});
        params.put("sex", new String[] {"FEMALE"});
        params.put("ageYears", new String[] {"19"});
        params.put("nationality", new String[] {"PK"});
        params.put("exploitationTypes", new String[] {"FORCED_LABOUR", "DOMESTIC_SERVITUDE"});
        params.put("consentDataProcessing", new String[] {"GIVEN"});
        params.put("consentReferral", new String[] {"NOT_ASKED"});
        params.put("consentDate", new String[] {today().minusDays(1).toString()});
        params.put("consentRecordedBy", new String[] {"Imran Qureshi"});
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], new String[] {overrides[i + 1]});
        }
        MockHttpServletRequestBuilder request = post("/cases").with(csrf());
        params.forEach(request::param);
        return request;
    }

    @Test
    @WithUserDetails("fia.lahore")
    void registrationFormHasItsSectionsAndMarksRequiredFields() throws Exception {
        mvc.perform(get("/cases/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"identifiedOn\"")))
                .andExpect(content().string(containsString("name=\"exploitationTypes\"")))
                .andExpect(content().string(containsString("name=\"consentOnBehalfOf\"")))
                .andExpect(content().string(containsString("aria-required=\"true\"")))
                .andExpect(content().string(containsString("Identification")))
                .andExpect(content().string(containsString("Consent")));
    }

    @Test
    @WithUserDetails("fia.lahore")
    void aValidRegistrationRedirectsToTheCasePage() throws Exception {
        String lastName = Unique.surname();
        MvcResult result = mvc.perform(registration(lastName))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "cases.registered"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/cases/PB-\\d{4}-\\d{6}");
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lastName)))
                .andExpect(content().string(containsString("Domestic servitude")));
    }

    @Test
    @WithUserDetails("fia.lahore")
    void invalidInputIsShownBesideEachFieldAndNothingIsSaved() throws Exception {
        String lastName = Unique.surname();
        mvc.perform(registration(lastName, "identifiedOn", LocalDate.now().plusDays(5).toString(),
                        "cnic", "1234-12345", "phone", "12345", "ageYears", "130"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"identifiedOn-error\"")))
                .andExpect(content().string(containsString("The date cannot be in the future.")))
                .andExpect(content().string(containsString("Enter the 13 digits of the CNIC")))
                .andExpect(content().string(containsString("Enter a Pakistani number")))
                .andExpect(content().string(containsString("The age must be between 0 and 120.")))
                .andExpect(content().string(containsString("value=\"" + lastName + "\"")));
        assertThat(countByLastName(lastName)).isZero();
    }

    @Test
    @WithUserDetails("fia.lahore")
    void errorsAreInTheUsersLanguage() throws Exception {
        mvc.perform(registration(Unique.surname(), "lang", "ur", "cnic", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("شناختی کارڈ کے 13 ہندسے لکھیں")));
    }

    @Test
    void otherAgenciesAndOtherRolesGetNotFound() throws Exception {
        String number = fixtures.register("fia.lahore").getCaseNumber();
        for (String outsider : new String[] {"fia.karachi", "ngo.lahore", "admin", "analyst", "committee.lahore"}) {
            mvc.perform(get("/cases/" + number).with(user(fixtures.user(outsider)))).andExpect(status().isNotFound());
            mvc.perform(get("/cases/" + number + "/edit").with(user(fixtures.user(outsider)))).andExpect(status().isNotFound());
            mvc.perform(post("/cases/" + number + "/notes").with(csrf()).with(user(fixtures.user(outsider))).param("body", "x"))
                    .andExpect(status().isNotFound());
        }
        for (String noCases : new String[] {"admin", "analyst", "committee.lahore"}) {
            mvc.perform(get("/cases").with(user(fixtures.user(noCases)))).andExpect(status().isNotFound());
            mvc.perform(get("/cases/new").with(user(fixtures.user(noCases)))).andExpect(status().isNotFound());
        }
    }

    @Test
    @WithUserDetails("fia.lahore")
    void viewingACaseIsAudited() throws Exception {
        String number = fixtures.register("fia.lahore").getCaseNumber();
        mvc.perform(get("/cases/" + number)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where case_number = :n and action = 'CASE_VIEWED' and actor = 'fia.lahore'"
                        + " and actor_agency = 'FIA-AHTC-LHR' and remote_address is not null")
                .param("n", number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("fia.lahore")
    void theCasePageNamesItsOwningAgencyInTheReadersLanguage() throws Exception {
        String number = fixtures.register("fia.lahore").getCaseNumber();
        mvc.perform(get("/cases/" + number).cookie(new Cookie("rabta-lang", "ur")))
                .andExpect(content().string(containsString("ایف آئی اے انسداد انسانی اسمگلنگ سرکل لاہور")));
        mvc.perform(get("/cases/" + number).cookie(new Cookie("rabta-lang", "en")))
                .andExpect(content().string(containsString("FIA Anti-Human Trafficking Circle Lahore")));
    }

    /** A route of which nothing is known reads "Not recorded", as every other empty fact does, not "From —, through —, to —". */
    @Test
    @WithUserDetails("fia.lahore")
    void theCasePageSaysARouteNobodyRecordedIsNotRecorded() throws Exception {
        String unknown = fixtures.register("fia.lahore").getCaseNumber();
        CaseForm withRoute = CaseFixtures.form();
        withRoute.setOriginCountry("PK");
        withRoute.setDestinationCountry("AE");
        String known = fixtures.register("fia.lahore", withRoute).getCaseNumber();

        assertThat(route(unknown, "en")).isEqualTo("Not recorded");
        assertThat(route(unknown, "ur")).isEqualTo("درج نہیں");
        assertThat(route(known, "en")).isEqualTo("From Pakistan, through —, to United Arab Emirates");
    }

    /** The text of the case page's route row, in the language given. */
    private String route(String caseNumber, String language) throws Exception {
        return casePage(caseNumber, language).select("dt").stream().filter(term -> term.text().equals(language.equals("ur") ? "راستہ" : "Route"))
                .findFirst().orElseThrow().nextElementSibling().text();
    }

    @Test
    void aStaleEditKeepsTheInputAndSaysWhoChangedTheCase() throws Exception {
        VictimCase victimCase = fixtures.register("fia.lahore");
        String number = victimCase.getCaseNumber();
        long loadedVersion = victimCase.getVersion();
        mvc.perform(registrationEdit(number, loadedVersion, "Rukhsana Kausar").with(user(fixtures.user("fia.lahore.supervisor"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(registrationEdit(number, loadedVersion, "Rukhsana Parveen").with(user(fixtures.user("fia.lahore"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nadia Chaudhry (fia.lahore.supervisor)")))
                .andExpect(content().string(containsString("value=\"Rukhsana Parveen\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (loadedVersion + 1) + "\"")));
        assertThat(jdbc.sql("select first_name from victim_case where case_number = :n").param("n", number)
                .query(String.class).single()).isEqualTo("Rukhsana Kausar");
    }

    private MockHttpServletRequestBuilder registrationEdit(String number, long version, String firstName) {
        return post("/cases/" + number).with(csrf())
                .param("version", String.valueOf(version))
                .param("identifiedOn", today().minusDays(3).toString())
                .param("districtCode", LAHORE)
                .param("howIdentified", "RESCUE")
                .param("firstName", firstName)
                .param("sex", "FEMALE")
                .param("ageYears", "24");
    }

    @Test
    @WithUserDetails("fia.lahore")
    void scriptInEveryTextFieldIsEscaped() throws Exception {
        String script = "<script>alert(1)</script>";
        String lastName = Unique.surname();
        MvcResult result = mvc.perform(registration(lastName, "firstName", script, "fatherOrHusbandName", script,
                        "aliases", script, "languages", script, "disability", script, "address", script,
                        "exploitationNotes", script, "consentRecordedBy", script, "consentOnBehalfOf", script,
                        "externalReference", script + lastName))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = result.getResponse().getRedirectedUrl();
        String number = page.substring("/cases/".length());
        mvc.perform(post(page + "/notes").with(csrf()).param("body", script)).andExpect(status().is3xxRedirection());
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(script))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        mvc.perform(get(page + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(script))));
        mvc.perform(get("/cases").param("q", number))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(script))))
                .andExpect(content().string(containsString(number)));
    }

    @Test
    @WithUserDetails("fia.lahore")
    void restrictedNotesAndAttachmentsAreKeptWithTheCase() throws Exception {
        String number = fixtures.register("fia.lahore").getCaseNumber();
        mvc.perform(post("/cases/" + number + "/notes").with(csrf()).param("body", "Met her family").param("restricted", "true"))
                .andExpect(status().is3xxRedirection());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        mvc.perform(multipart("/cases/" + number + "/attachments")
                        .file(new MockMultipartFile("file", "statement.pdf", "application/pdf", pdf)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "cases.attachment.added"));
        mvc.perform(multipart("/cases/" + number + "/attachments")
                        .file(new MockMultipartFile("file", "photo.png", "image/png", "MZ this is an exe".getBytes())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "cases.attachment.error.type"));
        mvc.perform(get("/cases/" + number))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Met her family")))
                .andExpect(content().string(containsString("statement.pdf")))
                .andExpect(content().string(containsString("<td><bdi>" + fixtures.user("fia.lahore").fullName() + ", ")))
                .andExpect(content().string(not(containsString("photo.png"))));
        long attachmentId = jdbc.sql("select a.id from case_attachment a join victim_case c on c.id = a.case_id where c.case_number = :n")
                .param("n", number).query(Long.class).single();
        mvc.perform(get("/cases/" + number + "/attachments/" + attachmentId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(pdf));
        assertThat(jdbc.sql("select count(*) from audit_event where case_number = :n and action = 'CASE_ATTACHMENT_DOWNLOADED'")
                .param("n", number).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/cases/" + number + "/attachments/" + attachmentId).with(user(fixtures.user("fia.karachi"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlySupervisorsCloseWithAReasonAndReopen() throws Exception {
        String number = fixtures.register("fia.lahore").getCaseNumber();
        mvc.perform(post("/cases/" + number + "/close").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("status", "CLOSED").param("reason", "Returned home"))
                .andExpect(flash().attribute("error", "cases.error.supervisorOnly"));
        mvc.perform(post("/cases/" + number + "/close").with(csrf()).with(user(fixtures.user("fia.lahore.supervisor")))
                        .param("status", "CLOSED").param("reason", " "))
                .andExpect(flash().attribute("error", "cases.error.closeReasonRequired"));
        assertThat(statusOf(number)).isEqualTo("ACTIVE");
        mvc.perform(post("/cases/" + number + "/close").with(csrf()).with(user(fixtures.user("fia.lahore.supervisor")))
                        .param("status", "CLOSED_REFERRED").param("reason", "Taken over by the shelter"))
                .andExpect(flash().attribute("success", "cases.closed"));
        assertThat(statusOf(number)).isEqualTo("CLOSED_REFERRED");
        mvc.perform(post("/cases/" + number + "/reopen").with(csrf()).with(user(fixtures.user("fia.lahore.supervisor"))))
                .andExpect(flash().attribute("success", "cases.reopened"));
        assertThat(statusOf(number)).isEqualTo("ACTIVE");
        mvc.perform(get("/cases/" + number).with(user(fixtures.user("fia.lahore"))))
                .andExpect(content().string(containsString("Reopened")))
                .andExpect(content().string(containsString("Taken over by the shelter")));
        // The closure says how the case was closed in words, in the reader's language, never as its code.
        assertThat(timelineEntry(number, "en", "Closed")).isEqualTo("Closed Closed (referred): Taken over by the shelter");
        assertThat(timelineEntry(number, "ur", "بند")).isEqualTo("بند بند (ریفر شدہ): Taken over by the shelter");
    }

    /** The first line and the details of the case page's timeline entry whose first line is {@code title}. */
    private String timelineEntry(String caseNumber, String language, String title) throws Exception {
        Element entry = casePage(caseNumber, language).select(".case-timeline > li").stream().filter(li -> li.child(0).text().equals(title))
                .findFirst().orElseThrow();
        return entry.child(0).text() + " " + entry.child(2).text();
    }

    /** The case page as fia.lahore reads it in the language given. */
    private Document casePage(String caseNumber, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/" + caseNumber).with(user(fixtures.user("fia.lahore")))
                .cookie(new Cookie("rabta-lang", language))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void supervisorsReassignOnlyWithinTheirAgency() throws Exception {
        String number = fixtures.register("fia.lahore").getCaseNumber();
        long supervisorId = fixtures.user("fia.lahore.supervisor").id();
        long karachiId = fixtures.user("fia.karachi").id();
        mvc.perform(post("/cases/" + number + "/reassign").with(csrf()).with(user(fixtures.user("fia.lahore.supervisor")))
                        .param("caseworkerId", String.valueOf(karachiId)))
                .andExpect(flash().attribute("error", "cases.error.caseworkerNotInAgency"));
        mvc.perform(post("/cases/" + number + "/reassign").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("caseworkerId", String.valueOf(supervisorId)))
                .andExpect(flash().attribute("error", "cases.error.supervisorOnly"));
        mvc.perform(post("/cases/" + number + "/reassign").with(csrf()).with(user(fixtures.user("fia.lahore.supervisor")))
                        .param("caseworkerId", String.valueOf(supervisorId)))
                .andExpect(flash().attribute("success", "cases.reassigned"));
        assertThat(jdbc.sql("select caseworker_name from victim_case where case_number = :n").param("n", number)
                .query(String.class).single()).isEqualTo("Nadia Chaudhry");
    }

    @Test
    void supervisorsReadTheAuditTrailOfTheirAgencysCases() throws Exception {
        String number = fixtures.register("fia.lahore").getCaseNumber();
        mvc.perform(get("/cases/" + number).with(user(fixtures.user("fia.lahore")))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + number + "/audit").with(user(fixtures.user("fia.lahore.supervisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CASE_REGISTERED")))
                .andExpect(content().string(containsString("CASE_VIEWED")));
        mvc.perform(get("/cases/" + number + "/audit").with(user(fixtures.user("fia.lahore")))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + number + "/audit").with(user(fixtures.user("fia.karachi")))).andExpect(status().isNotFound());
    }

    private long countByLastName(String lastName) {
        return jdbc.sql("select count(*) from victim_case where last_name = :n").param("n", lastName).query(Long.class).single();
    }

    private String statusOf(String number) {
        return jdbc.sql("select status from victim_case where case_number = :n").param("n", number).query(String.class).single();
    }
}
