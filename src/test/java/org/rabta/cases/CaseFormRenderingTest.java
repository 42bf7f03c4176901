package org.rabta.cases;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.support.PageChecks;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.RenderedForm;
import org.rabta.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The registration and edit forms as a browser gets them: one label per field, no control beside a field but its own,
 * and what is typed into the rendered form is what is saved.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseFormRenderingTest {

    private final MockMvc mvc;

    private final UserDetailsService users;

    private final CaseFixtures fixtures;

    private final JdbcClient jdbc;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ur"})
    void everyFieldOfTheRegistrationFormHasExactlyOneLabelAndNoStrayControl(String language) throws Exception {
        Document page = page("/cases/new", language);
        Element form = page.selectFirst("form.case-form");

        assertThat(PageChecks.unresolvedMessages(page.outerHtml())).isEmpty();
        List<String> labelCounts = new ArrayList<>();
        for (Element control : form.select("input:not([type=hidden]), select, textarea")) {
            int labels = PageChecks.labelCount(page, control);
            if (labels != 1) {
                labelCounts.add(control.attr("name") + " has " + labels + " labels");
            }
        }
        assertThat(labelCounts).isEmpty();
        // A checkbox belongs to a picklist (its own value, in a fieldset with a legend), never beside a text field.
        assertThat(form.select("input[type=checkbox]")).allSatisfy(box -> {
            assertThat(box.attr("value")).isNotEmpty();
            assertThat(box.closest("fieldset").selectFirst("legend")).isNotNull();
            assertThat(box.attr("name")).isIn("exploitationTypes", "controlMethods", "recruitmentMethods");
        });
        assertThat(form.select("label")).noneSatisfy(label -> assertThat(label.text()).contains("null"));
    }

    /** Sent back with errors, each field in error says so itself and names its error, in both languages. */
    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ur"})
    void aFormSentBackWithErrorsTiesEachErrorToItsField(String language) throws Exception {
        String html = mvc.perform(post("/cases").param("ageYears", "-3").param("cnic", "12")
                        .with(user(users.loadUserByUsername("fia.lahore"))).with(csrf()).cookie(new Cookie("rabta-lang", language)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html, "http://localhost/cases");

        List<Element> invalid = page.select("form.case-form [aria-invalid=true]");
        assertThat(invalid).extracting(control -> control.attr("name"))
                .contains("identifiedOn", "districtCode", "howIdentified", "sex", "ageYears", "cnic");
        assertThat(PageChecks.untiedFieldErrors(page)).isEmpty();
        assertThat(invalid).allSatisfy(control -> {
            Element error = page.getElementById(control.id() + "-error");
            assertThat(error).as("error of %s", control.id()).isNotNull();
            assertThat(error.text()).isNotBlank();
        });
        // The summary at the top links to each field in error.
        assertThat(page.select(".alert-danger a[href^=#]")).isNotEmpty().allSatisfy(link ->
                assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull());
    }

    @Test
    void theRegistrationFormHasAControlForEveryFieldOfACase() throws Exception {
        Element form = page("/cases/new", "en").selectFirst("form.case-form");
        Set<String> names = form.select("input, select, textarea").stream().map(control -> control.attr("name"))
                .collect(Collectors.toSet());

        assertThat(Arrays.stream(CaseField.values()).map(CaseField::property).filter(field -> !names.contains(field)).toList())
                .isEmpty();
    }

    @Test
    void registeringThroughTheRenderedFormSavesExactlyWhatWasTyped() throws Exception {
        String lastName = Unique.surname();
        RenderedForm form = RenderedForm.of(page("/cases/new", "en").selectFirst("form.case-form"), "/cases/new");
        List<Map.Entry<String, String>> typed = new ArrayList<>();
        for (Map.Entry<String, String> field : form.fields()) {
            String value = switch (field.getKey()) {
                case "identifiedOn" -> today().minusDays(1).toString();
                case "districtCode" -> LAHORE;
                case "howIdentified" -> "HOTLINE";
                case "firstName" -> "Amina";
                case "lastName" -> lastName;
                case "sex" -> "FEMALE";
                case "ageYears" -> "23";
                default -> field.getValue();
            };
            typed.add(Map.entry(field.getKey(), value));
        }
        MockHttpServletRequestBuilder request = post(form.action()).with(user(users.loadUserByUsername("fia.lahore"))).with(csrf());
        typed.stream().filter(field -> !field.getKey().equals("_csrf")).forEach(field -> request.param(field.getKey(), field.getValue()));

        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).as("registered, not sent back with errors").matches("/cases/PB-\\d{4}-\\d{6}");
        Map<String, Object> saved = jdbc.sql("select first_name, last_name, consent_recorded_by, nationality from victim_case where case_number = ?")
                .param(location.substring("/cases/".length())).query().singleRow();
        assertThat(saved).containsEntry("first_name", "Amina").containsEntry("last_name", lastName)
                .containsEntry("consent_recorded_by", "Imran Qureshi").containsEntry("nationality", "PK");
    }

    @Test
    void theCasePageNamesWhoRegisteredTheCase() throws Exception {
        VictimCase victimCase = fixtures.register("fia.lahore");
        Document page = page("/cases/" + victimCase.getCaseNumber(), "en");

        String registered = page.select("dt:contains(Registered) + dd").text();
        assertThat(registered).startsWith("Imran Qureshi").doesNotContain("fia.lahore");
    }

    /** English typed into an Urdu page keeps its own direction: "(Lahore)." must not show as ".(Lahore". */
    @Test
    void textTypedByUsersIsIsolatedFromTheUrduPageAroundIt() throws Exception {
        CaseForm form = CaseFixtures.form();
        String marker = form.getLastName();
        form.setAliases("Ammi " + marker + ".");
        form.setAddress("House 4, " + marker + " Street (Lahore).");
        form.setDisability("Hearing, " + marker + ".");
        VictimCase victimCase = fixtures.register("fia.lahore", form);

        Document page = page("/cases/" + victimCase.getCaseNumber(), "ur");

        List<Element> shown = page.select("main *:containsOwn(" + marker + ")");
        assertThat(shown).hasSizeGreaterThanOrEqualTo(4);
        assertThat(shown).allSatisfy(element -> assertThat(element.closest("[dir]:not(html), bdi"))
                .as("<%s> showing %s", element.tagName(), element.text()).isNotNull());
    }

    private Document page(String url, String language) throws Exception {
        String html = mvc.perform(get(url).with(user(users.loadUserByUsername("fia.lahore")))
                        .cookie(new Cookie("rabta-lang", language)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html, "http://localhost" + url);
    }
}
