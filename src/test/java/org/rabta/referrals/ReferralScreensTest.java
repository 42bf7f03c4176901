package org.rabta.referrals;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseNotesAndAttachments;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.support.CaseForms;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ReferralScreensTest {

    private final MockMvc mvc;

    private final ReferralFixtures fixtures;

    private final CasesApi cases;

    private final CaseNotesAndAttachments notesAndAttachments;

    private final NewReferrals newReferrals;

    private final org.springframework.context.MessageSource messages;

    private final JdbcClient jdbc;

    @Test
    @WithUserDetails("police.lahore")
    void theScreeningLinkPrefillsTheServiceAndListsLocalProviders() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        mvc.perform(get("/cases/" + victimCase.getCaseNumber() + "/referrals/new?service=SHELTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"SHELTER\" selected=\"selected\">Shelter</option>")))
                .andExpect(content().string(containsString("value=\"NGO-LHR-SHELTER\"")))
                .andExpect(content().string(containsString("In the case&#39;s district")))
                .andExpect(content().string(containsString("Consent to referral recorded")));
    }

    @Test
    @WithUserDetails("police.lahore")
    void sendingRedirectsToTheReferralPageAndErrorsStayBesideTheirFields() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        String url = "/cases/" + victimCase.getCaseNumber() + "/referrals";
        mvc.perform(post(url).with(csrf()).param("serviceType", "SHELTER").param("urgency", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"toAgencyCode-error\"")))
                .andExpect(content().string(containsString("Choose the provider.")));
        mvc.perform(post(url).with(csrf()).param("serviceType", "SHELTER").param("urgency", "HIGH")
                        .param("toAgencyCode", "NGO-LHR-SHELTER").param("message", "Needs a bed").param("draft", "false"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/referrals/*"))
                .andExpect(flash().attribute("success", "referrals.sent"));
    }

    @Test
    @WithUserDetails("police.lahore")
    void withoutConsentACaseworkerIsToldWhyAndNothingIsSent() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", false);
        mvc.perform(post("/cases/" + victimCase.getCaseNumber() + "/referrals").with(csrf()).param("serviceType", "SHELTER")
                        .param("urgency", "EMERGENCY").param("toAgencyCode", "NGO-LHR-SHELTER").param("draft", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("does not record the person&#39;s consent")));
        assertThat(jdbc.sql("select count(*) from referral where case_id = :id").param("id", victimCase.getId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theProvidersPageShowsOnlyWhatTheReferralNeeds() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        notesAndAttachments.addNote(fixtures.user("police.lahore"), victimCase.getCaseNumber(), "Trafficker is her uncle Zafar", true);
        Referral referral = fixtures.sentToShelter(victimCase);

        String page = mvc.perform(get("/referrals/" + referral.getId()).with(
                        user(fixtures.user("ngo.lahore"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(victimCase.getPerson().getFirstName(), victimCase.getPerson().getLastName(), "Punjabi, Urdu", "Hearing impairment",
                "Needs a safe place tonight.", "Accept", "Decline");
        assertThat(page).doesNotContain(victimCase.getPerson().getCnic(), "0300-1234567", "Shahdara", "Allah Ditta",
                "Trafficker is her uncle Zafar", "/cases/" + victimCase.getCaseNumber() + "\"");

        mvc.perform(get("/cases/" + victimCase.getCaseNumber()).with(
                        user(fixtures.user("ngo.lahore"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/referrals/" + referral.getId()).with(
                        user(fixtures.user("swd.punjab"))))
                .andExpect(status().isNotFound());
    }

    /** No note reaches an agency the case is referred to, marked restricted or not, and the note form says just that. */
    @Test
    void everyNoteStaysWithTheOwningAgencyAsTheNoteFormSays() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        notesAndAttachments.addNote(fixtures.user("police.lahore"), victimCase.getCaseNumber(), "Her brother waits at the bus stand", false);
        Referral referral = fixtures.sentToShelter(victimCase);

        String providers = mvc.perform(get("/referrals/" + referral.getId()).with(user(fixtures.user("ngo.lahore"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(providers).doesNotContain("Her brother waits at the bus stand");
        String casePage = mvc.perform(get("/cases/" + victimCase.getCaseNumber()).with(user(fixtures.user("police.lahore"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Her brother waits at the bus stand",
                "Only your agency sees the notes of a case, restricted or not: an agency the case is referred to sees none.");
    }

    @Test
    void anIllegalMoveOnTheScreenGetsAClearMessage() throws Exception {
        Referral referral = fixtures.sentToShelter(fixtures.caseOf("police.lahore", true));
        var ngo = user(fixtures.user("ngo.lahore"));
        MvcResult result = mvc.perform(post("/referrals/" + referral.getId() + "/start").with(csrf()).with(ngo))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "referrals.error.illegalMove")).andReturn();
        // The flash message the referral page shows: its arguments are themselves messages, in the user's language.
        Object[] args = (Object[]) result.getFlashMap().get("errorArgs");
        assertThat(messages.getMessage("referrals.error.illegalMove", args, java.util.Locale.ENGLISH))
                .isEqualTo("You cannot start work on this referral: it is Sent.");
        assertThat(messages.getMessage("referrals.error.illegalMove", args, java.util.Locale.forLanguageTag("ur")))
                .contains("کام شروع کر", "بھیجا گیا");
        mvc.perform(post("/referrals/" + referral.getId() + "/decline").with(csrf()).with(ngo).param("text", ""))
                .andExpect(flash().attribute("actionError", "referrals.error.textRequired.DECLINE"));
        mvc.perform(post("/referrals/" + referral.getId() + "/decline").with(csrf()).with(ngo).param("text", "No beds"))
                .andExpect(flash().attribute("success", "referrals.done.DECLINE"));
        var police = user(fixtures.user("police.lahore"));
        mvc.perform(get("/referrals/" + referral.getId()).with(police))
                .andExpect(content().string(containsString("Refer again elsewhere")));
        mvc.perform(get("/cases/" + referral.getCaseNumber() + "/referrals/new?replaces=" + referral.getId()).with(police))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("declined the earlier referral (No beds)")))
                .andExpect(content().string(containsString("Needs a safe place tonight.")))
                .andExpect(content().string(not(containsString("value=\"NGO-LHR-SHELTER\""))))
                .andExpect(content().string(containsString("value=\"PB-SWD\"")));
    }

    @Test
    void theBellAndTheNotificationList() throws Exception {
        Referral referral = fixtures.sentToShelter(fixtures.caseOf("police.lahore", true));
        var ngo = user(fixtures.user("ngo.lahore"));
        mvc.perform(get("/notifications").with(ngo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New referral " + referral.getId() + " for Shelter")))
                .andExpect(content().string(containsString("unread")));
        long noticeId = jdbc.sql("""
                        select n.id from notification n join app_user u on u.id = n.recipient_id
                        where n.subject = 'REFERRAL' and n.subject_id = :id and u.username = 'ngo.lahore'""")
                .param("id", referral.getId()).query(Long.class).single();
        mvc.perform(post("/notifications/" + noticeId + "/read").with(csrf()).with(ngo))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/referrals/" + referral.getId()));
        assertThat(jdbc.sql("select read_at is not null from notification where id = :id").param("id", noticeId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theInboxListsNewReferralsForTheProvider() throws Exception {
        Referral referral = fixtures.sentToShelter(fixtures.caseOf("police.lahore", true));
        var ngo = user(fixtures.user("ngo.lahore"));
        mvc.perform(get("/referrals?box=NEW").with(ngo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/" + referral.getId() + "\"")));
        var police = user(fixtures.user("police.lahore"));
        mvc.perform(get("/referrals?box=SENT").with(police))
                .andExpect(content().string(containsString("/referrals/" + referral.getId() + "\"")));
    }

    // ------------------------------------------------------------------ directory

    @Test
    @WithUserDetails("police.lahore")
    void theDirectoryIsSearchableByServiceAndDistrict() throws Exception {
        mvc.perform(get("/directory/services?type=SHELTER&district=PK617"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Panah Women and Children Shelter, Lahore")))
                .andExpect(content().string(not(containsString("/directory/services/NGO-LHR-SHELTER/SHELTER/edit"))));
        mvc.perform(get("/directory/services/NGO-LHR-SHELTER/SHELTER/edit")).andExpect(status().isNotFound());
    }

    @Test
    void anAdminKeepsAServiceEntryAndBadInputStaysBesideItsField() throws Exception {
        var admin = user(fixtures.user("admin"));
        String body = mvc.perform(get("/directory/services/PB-CPWB/EDUCATION/edit").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("name=\"eligibility\"", "name=\"capacityFree\"");
        String version = org.jsoup.Jsoup.parse(body).selectFirst("input[name=version]").val();
        mvc.perform(post("/directory/services/PB-CPWB/EDUCATION").with(csrf()).with(admin).param("version", version)
                        .param("capacityFree", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick at least one group")))
                .andExpect(content().string(containsString("between 0 and 100000")));
        mvc.perform(post("/directory/services/PB-CPWB/EDUCATION").with(csrf()).with(admin).param("version", version)
                        .param("eligibility", "CHILDREN").param("capacityFree", "12").param("districtCodes", "PK617"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/services?type=EDUCATION").with(admin))
                .andExpect(content().string(containsString(">12<")));
        // The next save from the same (now stale) form is refused, not lost silently.
        mvc.perform(post("/directory/services/PB-CPWB/EDUCATION").with(csrf()).with(admin).param("version", version)
                        .param("eligibility", "CHILDREN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed this entry")));
        // The entry now takes children only: an adult is not offered it, a child is.
        assertThat(newReferrals.providers(fixtures.caseOf("police.lahore", true), ServiceType.EDUCATION, java.util.Set.of()))
                .extracting(o -> o.listing().agencyCode()).doesNotContain("PB-CPWB");
        assertThat(newReferrals.providers(fixtures.childCaseOf("police.lahore", true), ServiceType.EDUCATION, java.util.Set.of()))
                .extracting(o -> o.listing().agencyCode()).contains("PB-CPWB");
    }

    /** What the case does not record reads "Not recorded" on the referral summary, never "None": unknown is not no. */
    @Test
    void theSummarySaysNotRecordedForWhatTheCaseDoesNotRecord() throws Exception {
        org.rabta.cases.CaseForm form = CaseForms.withIdentifiers(28, true);
        form.setDisability(null);
        form.setLanguages(null);
        form.setExploitationTypes(java.util.EnumSet.noneOf(org.rabta.cases.ExploitationType.class));
        VictimCase victimCase = cases.register(fixtures.user("police.lahore"), form);
        long id = fixtures.sentToShelter(victimCase).getId();

        for (String language : java.util.List.of("en", "ur")) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            String page = mvc.perform(get("/referrals/" + id).with(user(fixtures.user("ngo.lahore")))
                            .header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
            String notRecorded = messages.getMessage("referrals.notRecorded", null, locale);
            String none = messages.getMessage("referrals.none", null, locale);
            for (String field : java.util.List.of("cases.field.disability", "cases.field.languages",
                    "referrals.field.exploitation")) {
                String label = messages.getMessage(field, null, locale);
                org.jsoup.nodes.Element value = doc.select("#person-heading ~ dl dt").stream()
                        .filter(dt -> dt.text().equals(label)).findFirst().orElseThrow().nextElementSibling();
                assertThat(value.text()).as("%s in %s", field, language).isEqualTo(notRecorded).isNotEqualTo(none);
            }
        }
    }
}
