package org.rabta.cases;

import jakarta.servlet.http.Cookie;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case page's timeline says what each entry changed, as {@link CaseEvent#detailsShown()} decides, in both languages. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseTimelineTest {

    private final CaseFixtures fixtures;

    private final CaseRegistration registration;

    private final CaseLifecycle lifecycle;

    private final CaseNotesAndAttachments notes;

    private final MockMvc mvc;

    @Test
    void eachEntryShowsItsDetailsAsItsTypeReads() throws Exception {
        String caseworker = "fia.lahore";
        VictimCase victimCase = fixtures.register(caseworker);
        String number = victimCase.getCaseNumber();
        CaseForm edit = registration.editForm(fixtures.user(caseworker), number);
        edit.setFirstName("Rukhsana Bibi");
        registration.update(fixtures.user(caseworker), number, edit);
        lifecycle.markFollowUp(fixtures.user(caseworker), number, true);
        notes.addNote(fixtures.user(caseworker), number, "Seen at the shelter.", true);

        assertThat(timeline(number, "en")).contains("Changed:", "First name", "From Active to Follow-up", "Restricted")
                .doesNotContain("ACTIVE,FOLLOW_UP").doesNotContain(">firstName<");
        assertThat(timeline(number, "ur")).contains("تبدیل شدہ:", "پہلا نام", "فعال سے پیروی", "محدود").doesNotContain("ACTIVE,FOLLOW_UP");
    }

    private String timeline(String caseNumber, String language) throws Exception {
        String page = mvc.perform(get("/cases/" + caseNumber).cookie(new Cookie("rabta-lang", language))
                        .with(user(fixtures.user("fia.lahore"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.substring(page.indexOf("id=\"timeline-heading\""));
    }
}
