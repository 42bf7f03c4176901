package org.rabta.referrals;

import jakarta.servlet.http.Cookie;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.directory.ServiceType;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case page leads to every record that follows from it: its referrals and screenings listed and linked, timeline
 * entries linking to the referral or screening they are about and naming them in words; and a referral page leads
 * back to its case exactly for those the case access policy lets read it.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CasePageLinksTest {

    private final ReferralFixtures fixtures;

    private final AgencyService agencies;

    private final JdbcClient jdbc;

    private final MockMvc mvc;

    @Test
    void theCasePageListsItsReferralsAndItsTimelineNamesThemInWordsInBothLanguages() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.refer("police.lahore", victimCase, "NGO-LHR-SHELTER", ServiceType.PSYCHOSOCIAL, Urgency.HIGH);
        Agency shelter = agencies.byCode("NGO-LHR-SHELTER");
        String link = "href=\"/referrals/" + referral.getId() + "\"";

        String english = page("/cases/" + victimCase.getCaseNumber(), "police.lahore", "en");
        String referralsSection = english.substring(english.indexOf("id=\"referrals\""), english.indexOf("id=\"timeline-heading\""));
        assertThat(referralsSection).contains(link, "Psychosocial support", shelter.getName(), "Sent");
        String timeline = english.substring(english.indexOf("id=\"timeline-heading\""));
        assertThat(timeline).contains(link).contains("Psychosocial support · " + shelter.getName())
                .doesNotContain("PSYCHOSOCIAL").doesNotContain("NGO-LHR-SHELTER");

        String urdu = page("/cases/" + victimCase.getCaseNumber(), "police.lahore", "ur");
        assertThat(urdu.substring(urdu.indexOf("id=\"timeline-heading\""))).contains(link)
                .contains("نفسیاتی و سماجی معاونت · " + shelter.getNameUr());
    }

    @Test
    void aTimelineEntryAboutAScreeningLinksToIt() throws Exception {
        // The demo's screenings of FIA Lahore's cases, recorded through the screening service.
        var screened = jdbc.sql("""
                        select s.case_number, s.id from screening s join case_event e on e.subject = 'screening:' || s.id
                        join agency a on a.id = (select owning_agency_id from victim_case where id = s.case_id)
                        where a.code = 'FIA-AHTC-LHR' order by s.id limit 1""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        String page = page("/cases/" + screened[0], "fia.lahore", "en");
        assertThat(page.substring(page.indexOf("id=\"timeline-heading\"")))
                .contains("href=\"/cases/" + screened[0] + "/screenings/" + screened[1] + "\"");
    }

    @Test
    void aReferralLeadsBackToItsCaseOnlyForThoseWhoMayReadTheCase() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.sentToShelter(victimCase);
        String caseLink = "href=\"/cases/" + victimCase.getCaseNumber() + "\"";

        assertThat(page("/referrals/" + referral.getId(), "police.lahore", "en")).as("the sending, owning agency").contains(caseLink);
        assertThat(page("/referrals/" + referral.getId(), "ngo.lahore", "en")).as("the receiving NGO").doesNotContain(caseLink);
        mvc.perform(get("/cases/" + victimCase.getCaseNumber()).with(user(fixtures.user("ngo.lahore"))))
                .andExpect(status().isNotFound());
    }

    private String page(String path, String username, String language) throws Exception {
        return mvc.perform(get(path).cookie(new Cookie("rabta-lang", language)).with(user(fixtures.user(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
