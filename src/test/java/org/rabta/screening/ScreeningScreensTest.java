package org.rabta.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.rabta.screening.ScreeningFixtures.CASEWORKER;
import static org.rabta.screening.ScreeningFixtures.OTHER_AGENCY;
import static org.rabta.screening.ScreeningFixtures.SUPERVISOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseLifecycle;
import org.rabta.screening.engine.Outcome;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ScreeningScreensTest {

    private final MockMvc mvc;
    private final ScreeningFixtures fixtures;
    private final ScreeningReads reads;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final CaseLifecycle cases;

    private MockHttpServletRequestBuilder trafficked(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(fixtures.user(CASEWORKER)))
                .param("facts[ACT_RECRUITED]", "YES")
                .param("facts[MEANS_FRAUD_OR_DECEPTION]", "YES")
                .param("facts[PURPOSE_DOMESTIC_SERVITUDE]", "YES")
                .param("facts[BORDER_CROSSED]", "NO");
    }

    @Test
    void theCasePageListsScreeningsAndLinksToTheQuestionnaire() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.submit(ScreeningFixtures.TRAFFICKED, null, null));
        mvc.perform(get("/cases/" + caseNumber).with(user(fixtures.user(CASEWORKER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases/" + caseNumber + "/screenings/new\"")))
                .andExpect(content().string(containsString("Awaiting supervisor")))
                .andExpect(content().string(containsString("Screening: determination recorded")));
    }

    @Test
    void theQuestionnaireAsksForTheAgeOnlyWhenTheCaseHasNone() throws Exception {
        String withAge = fixtures.newCase(CASEWORKER, 30);
        String withoutAge = fixtures.newCase(CASEWORKER, null);
        mvc.perform(get("/cases/" + withAge + "/screenings/new").with(user(fixtures.user(CASEWORKER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("30 years")))
                .andExpect(content().string(not(containsString("id=\"age\""))))
                .andExpect(content().string(containsString("name=\"facts[ACT_RECRUITED]\"")))
                .andExpect(content().string(containsString("Insufficient information")));
        mvc.perform(get("/cases/" + withoutAge + "/screenings/new").with(user(fixtures.user(CASEWORKER))))
                .andExpect(content().string(containsString("id=\"age\"")));
    }

    @Test
    void checkReRendersThePageWithTheResultAndSavesNothing() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        mvc.perform(trafficked(post("/cases/" + caseNumber + "/screenings")).param("action", "check"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trafficking is established")))
                .andExpect(content().string(containsString("/cases/" + caseNumber + "/referrals/new?service=SHELTER")))
                .andExpect(content().string(containsString("value=\"YES\" checked")));
        assertThat(reads.history(fixtures.user(CASEWORKER), caseNumber).screenings()).isEmpty();
    }

    @Test
    void theEvaluateFragmentAnswersTheResultPanelOnly() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 16);
        mvc.perform(post("/cases/" + caseNumber + "/screenings/evaluate").with(csrf()).with(user(fixtures.user(CASEWORKER)))
                        .header("HX-Request", "true").param("caseAge", "16")
                        .param("facts[ACT_RECRUITED]", "YES").param("facts[PURPOSE_FORCED_BEGGING]", "YES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"screening-result\"")))
                .andExpect(content().string(containsString("Means need not be shown because the person is a child")))
                .andExpect(content().string(containsString("service=CHILD_PROTECTION")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/cases/" + caseNumber + "/screenings/evaluate").with(csrf()).with(user(fixtures.user(OTHER_AGENCY))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDifferingDeterminationWithoutReasonShowsTheErrorBesideTheFieldAndKeepsTheAnswers() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        mvc.perform(trafficked(post("/cases/" + caseNumber + "/screenings")).param("action", "submit")
                        .param("determination", "POSSIBLE_TRAFFICKING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a reason: your determination differs")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"YES\" checked")));
        assertThat(reads.history(fixtures.user(CASEWORKER), caseNumber).screenings()).isEmpty();

        MvcResult saved = mvc.perform(trafficked(post("/cases/" + caseNumber + "/screenings")).param("action", "submit")
                        .param("determination", "POSSIBLE_TRAFFICKING").param("reason", "Her account is not yet corroborated."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cases/" + caseNumber + "/screenings/*"))
                .andReturn();
        mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(user(fixtures.user(CASEWORKER))))
                .andExpect(content().string(containsString("Her account is not yet corroborated.")))
                .andExpect(content().string(containsString("Differs from the engine")));
    }

    @Test
    void aDraftIsResumedAndTheSupervisorConfirmsOrReturns() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        MvcResult draft = mvc.perform(trafficked(post("/cases/" + caseNumber + "/screenings")).param("action", "draft"))
                .andExpect(redirectedUrlPattern("/cases/" + caseNumber + "/screenings/*/edit"))
                .andReturn();
        String edit = draft.getResponse().getRedirectedUrl();
        mvc.perform(get(edit).with(user(fixtures.user(CASEWORKER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"YES\" checked")));
        long id = Long.parseLong(edit.replaceAll(".*/screenings/(\\d+)/edit", "$1"));
        long version = reads.get(fixtures.user(CASEWORKER), id).screening().getVersion();
        mvc.perform(trafficked(post("/cases/" + caseNumber + "/screenings/" + id)).param("action", "submit")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "/screenings/" + id));

        String page = "/cases/" + caseNumber + "/screenings/" + id;
        mvc.perform(get(page).with(user(fixtures.user(CASEWORKER))))
                .andExpect(content().string(not(containsString("/confirm\""))));
        ScreeningRecord submitted = reads.get(fixtures.user(SUPERVISOR), id);
        mvc.perform(get(page).with(user(fixtures.user(SUPERVISOR))))
                .andExpect(content().string(containsString("/confirm\"")));
        mvc.perform(post(page + "/confirm").with(csrf()).with(user(fixtures.user(CASEWORKER)))
                        .param("version", String.valueOf(submitted.screening().getVersion())))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/return").with(csrf()).with(user(fixtures.user(SUPERVISOR)))
                        .param("version", String.valueOf(submitted.screening().getVersion())).param("comment", ""))
                .andExpect(redirectedUrl(page));
        assertThat(reads.get(fixtures.user(SUPERVISOR), id).screening().getStatus()).isEqualTo(ScreeningStatus.SUBMITTED);
        mvc.perform(post(page + "/confirm").with(csrf()).with(user(fixtures.user(SUPERVISOR)))
                        .param("version", String.valueOf(submitted.screening().getVersion())))
                .andExpect(redirectedUrl(page));
        assertThat(reads.get(fixtures.user(SUPERVISOR), id).screening().getStatus()).isEqualTo(ScreeningStatus.CONFIRMED);

        mvc.perform(get("/cases").param("q", caseNumber).param("determination", Outcome.TRAFFICKING.name())
                        .with(user(fixtures.user(CASEWORKER))))
                .andExpect(content().string(containsString(caseNumber)))
                .andExpect(content().string(containsString("<td>Trafficking in persons</td>")));
        mvc.perform(get("/cases").param("q", caseNumber).param("determination", Outcome.SMUGGLING.name())
                        .with(user(fixtures.user(CASEWORKER))))
                .andExpect(content().string(not(containsString("href=\"/cases/" + caseNumber + "\""))));
    }

    @Test
    void otherAgenciesGet404OnEveryScreen() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening screening = recording.create(fixtures.user(CASEWORKER), caseNumber,
                ScreeningFixtures.draft(ScreeningFixtures.TRAFFICKED));
        String page = "/cases/" + caseNumber + "/screenings/" + screening.getId();
        for (String path : new String[] {"/cases/" + caseNumber + "/screenings/new", page, page + "/edit"}) {
            mvc.perform(get(path).with(user(fixtures.user(OTHER_AGENCY)))).andExpect(status().isNotFound());
        }
        String otherCase = fixtures.newCase(OTHER_AGENCY, 30);
        mvc.perform(get("/cases/" + otherCase + "/screenings/" + screening.getId()).with(user(fixtures.user(OTHER_AGENCY))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReturnedScreeningShowsTheCommentAndAStaleSaveKeepsTheAnswers() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening submitted = recording.create(fixtures.user(CASEWORKER), caseNumber,
                ScreeningFixtures.submit(ScreeningFixtures.TRAFFICKED, null, null));
        Screening returned = reviews.giveBack(fixtures.user(SUPERVISOR), submitted.getId(), submitted.getVersion(),
                "Ask whether her passport was taken.");
        String edit = "/cases/" + caseNumber + "/screenings/" + returned.getId() + "/edit";
        mvc.perform(get(edit).with(user(fixtures.user(CASEWORKER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask whether her passport was taken.")));

        String page = "/cases/" + caseNumber + "/screenings/" + returned.getId();
        mvc.perform(trafficked(post(page)).param("action", "draft").param("version", String.valueOf(returned.getVersion())))
                .andExpect(redirectedUrl(edit));
        mvc.perform(trafficked(post(page)).param("action", "submit").param("version", String.valueOf(returned.getVersion()))
                        .param("facts[MEANS_DOCUMENTS_WITHHELD]", "YES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this screening")))
                .andExpect(content().string(matchesRegex("(?s).*id=\"f-MEANS_DOCUMENTS_WITHHELD-YES\"\\s+value=\"YES\" checked.*")));
        assertThat(reads.get(fixtures.user(CASEWORKER), returned.getId()).screening().getStatus())
                .isEqualTo(ScreeningStatus.DRAFT);
    }

    @Test
    void aClosedCaseIsNotScreened() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        cases.close(fixtures.user(SUPERVISOR), caseNumber, org.rabta.cases.CaseStatus.CLOSED, "Returned home with family.");
        mvc.perform(get("/cases/" + caseNumber + "/screenings/new").with(user(fixtures.user(CASEWORKER))))
                .andExpect(redirectedUrl("/cases/" + caseNumber))
                .andExpect(flash().attribute("error", "screening.error.caseClosed"));
        mvc.perform(get("/cases/" + caseNumber).with(user(fixtures.user(CASEWORKER))))
                .andExpect(content().string(not(containsString("/screenings/new"))));
    }

    @Test
    void theQuestionnaireSpeaksUrdu() throws Exception {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        // The language cookie, not ?lang=ur: that would also become the demo user's remembered language.
        mvc.perform(get("/cases/" + caseNumber + "/screenings/new").cookie(new Cookie("rabta-lang", "ur"))
                        .with(user(fixtures.user(CASEWORKER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("معلوم نہیں")));
    }
}
