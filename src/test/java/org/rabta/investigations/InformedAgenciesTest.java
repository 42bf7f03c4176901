package org.rabta.investigations;

import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.directory.AgencyService;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An NGO's confirmed trafficking determination is brought to the competent law-enforcement agency: once per agency,
 * notified to its supervisors, on the case's timeline and in the audit trail. The informed agency sees the referral
 * summary (never the record) for 90 days, and for as long as one of its investigations names the case.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class InformedAgenciesTest {

    private final MockMvc mvc;
    private final InvestigationFixtures fixtures;
    private final InformedAgencies informing;
    private final CasesApi cases;
    private final AgencyService agencies;
    private final JdbcClient jdbc;
    private final MutableClock clock;

    @Test
    void theNgoInformsTheAgencyOnceWhoseSupervisorsAreNotifiedAndSeeTheReferralSummaryOnly() throws Exception {
        String caseNumber = fixtures.registerCase("ngo.lahore");
        cases.recordConfirmedDetermination(caseNumber, "TRAFFICKING");
        RabtaUser ngo = fixtures.user("ngo.lahore");
        RabtaUser fiaSupervisor = fixtures.user("fia.lahore.supervisor");
        long fia = agencies.byCode("FIA-AHTC-LHR").getId();

        // Trafficking within Pakistan, in Lahore: the district's police is proposed, listed first.
        mvc.perform(get("/cases/" + caseNumber).with(user(ngo))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inform the competent agency")))
                .andExpect(content().string(containsString("Punjab Police, Lahore (proposed for this case)")));
        mvc.perform(post("/cases/" + caseNumber + "/inform").with(csrf()).with(user(ngo)))
                .andExpect(flash().attribute("error", "investigations.inform.chooseAgency"));
        mvc.perform(post("/cases/" + caseNumber + "/inform").param("agency", String.valueOf(fia)).with(csrf()).with(user(ngo)))
                .andExpect(flash().attribute("success", "investigations.inform.saved"));
        mvc.perform(post("/cases/" + caseNumber + "/inform").param("agency", String.valueOf(fia)).with(csrf()).with(user(ngo)))
                .andExpect(flash().attribute("error", "investigations.inform.already"));

        assertThat(notices(caseNumber, "fia.lahore.supervisor")).containsExactly("/cases/" + caseNumber + "/informed");
        assertThat(notices(caseNumber, "fia.lahore")).isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where actor = 'ngo.lahore' and action = 'COMPETENT_AGENCY_INFORMED'
                        and case_number = :n and details = 'FIA-AHTC-LHR'""").param("n", caseNumber).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/cases/" + caseNumber).with(user(ngo)))
                .andExpect(content().string(containsString("Competent agency informed")))
                .andExpect(content().string(containsString("informed by Saima Butt")))
                .andExpect(content().string(not(containsString("<option value=\"" + fia + "\""))));

        mvc.perform(get("/").with(user(fiaSupervisor))).andExpect(content().string(containsString("/cases/" + caseNumber + "/informed")));
        mvc.perform(get("/cases/" + caseNumber + "/informed").with(user(fiaSupervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rukhsana")))
                .andExpect(content().string(containsString("/investigations/new?caseNumber=" + caseNumber + "&amp;offence=PTPA_2018_S3")));
        mvc.perform(get("/cases/" + caseNumber).with(user(fiaSupervisor))).andExpect(status().isNotFound());
        for (String other : List.of("fia.karachi.supervisor", "police.lahore", "committee.lahore", "analyst")) {
            mvc.perform(get("/cases/" + caseNumber + "/informed").with(user(fixtures.user(other)))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where actor = 'fia.lahore.supervisor' and action = 'CASE_SUMMARY_VIEWED'
                        and case_number = :n""").param("n", caseNumber).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSummaryStaysOpenAfterNinetyDaysOnlyWhileAnInvestigationOfTheAgencyNamesTheCase() throws Exception {
        String caseNumber = fixtures.registerCase("ngo.lahore");
        cases.recordConfirmedDetermination(caseNumber, "TRAFFICKING");
        RabtaUser ngo = fixtures.user("ngo.lahore");
        VictimCase victimCase = read(ngo, caseNumber);
        SystemIdentity.runAs(ngo, () -> {
            informing.inform(ngo, victimCase, agencies.byCode("FIA-AHTC-LHR").getId());
            informing.inform(ngo, victimCase, agencies.byCode("PB-POLICE-LHR").getId());
        });
        // The FIA circle links the victim to its FIR from the summary; the police does nothing.
        mvc.perform(post("/investigations").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("firNumber", InvestigationFixtures.uniqueFir()).param("registeredOn", today().toString())
                        .param("districtCode", "PK617").param("offences", "PTPA_2018_S3").param("caseNumber", caseNumber))
                .andExpect(flash().attribute("success", "investigations.registered"));

        clock.advance(Duration.ofDays(91));

        mvc.perform(get("/cases/" + caseNumber + "/informed").with(user(fixtures.user("fia.lahore")))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + caseNumber + "/informed").with(user(fixtures.user("police.lahore")))).andExpect(status().isNotFound());
        mvc.perform(get("/").with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(not(containsString("/cases/" + caseNumber + "/informed"))));
    }

    @Test
    void lawEnforcementRegistersInsteadAndSmugglingIsProposedToTheFiaCircle() throws Exception {
        String policeCase = fixtures.registerCase("police.lahore");
        cases.recordConfirmedDetermination(policeCase, "TRAFFICKING");
        mvc.perform(post("/cases/" + policeCase + "/inform").param("agency", String.valueOf(agencies.byCode("FIA-AHTC-LHR").getId()))
                        .with(csrf()).with(user(fixtures.user("police.lahore"))))
                .andExpect(flash().attribute("error", "investigations.inform.investigatesItself"));

        String smuggled = fixtures.registerCase("ngo.lahore");
        cases.recordConfirmedDetermination(smuggled, "SMUGGLING");
        RabtaUser ngo = fixtures.user("ngo.lahore");
        InformOffer offer = informing.offer(ngo, read(ngo, smuggled)).orElseThrow();
        assertThat(offer.proposed()).isEqualTo(Offence.PSMA_2018_S3);
        assertThat(offer.proposedAgencyId()).isEqualTo(agencies.byCode("FIA-AHTC-LHR").getId());
        assertThat(offer.choices().getFirst().getId()).isEqualTo(offer.proposedAgencyId());
        mvc.perform(post("/cases/" + smuggled + "/inform").param("agency", String.valueOf(agencies.byCode("NGO-LHR-SHELTER").getId()))
                        .with(csrf()).with(user(ngo)))
                .andExpect(flash().attribute("error", "investigations.inform.notLawEnforcement"));
    }

    @Test
    void onceEveryAgencyCoveringTheAreaIsInformedTheHintSaysSoInsteadOfThatNoneCoversIt() throws Exception {
        String caseNumber = fixtures.registerCase("ngo.lahore");
        cases.recordConfirmedDetermination(caseNumber, "TRAFFICKING");
        RabtaUser ngo = fixtures.user("ngo.lahore");
        // Inform each proposal in turn (the police of Lahore, then the FIA circle of Punjab, then any other covering Lahore).
        int informed = 0;
        for (Long proposal = informing.offer(ngo, read(ngo, caseNumber)).orElseThrow().proposedAgencyId(); proposal != null;
             proposal = informing.offer(ngo, read(ngo, caseNumber)).orElseThrow().proposedAgencyId()) {
            mvc.perform(post("/cases/" + caseNumber + "/inform").param("agency", String.valueOf(proposal)).with(csrf()).with(user(ngo)))
                    .andExpect(flash().attribute("success", "investigations.inform.saved"));
            informed++;
        }
        assertThat(informed).isGreaterThanOrEqualTo(2);

        InformOffer offer = informing.offer(ngo, read(ngo, caseNumber)).orElseThrow();
        assertThat(offer.areaCovered()).isTrue();
        assertThat(offer.choices()).isNotEmpty();
        mvc.perform(get("/cases/" + caseNumber).with(user(ngo))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Every FIA circle and police agency covering the district or province of the case has been informed.")))
                .andExpect(content().string(not(containsString("No FIA circle or police agency covers"))));
    }

    private VictimCase read(RabtaUser user, String caseNumber) {
        VictimCase[] found = new VictimCase[1];
        SystemIdentity.runAs(user, () -> found[0] = cases.get(user, caseNumber));
        return found[0];
    }

    private List<String> notices(String caseNumber, String username) {
        return jdbc.sql("""
                        select n.link from notification n join app_user u on u.id = n.recipient_id
                        where u.username = :u and n.case_number = :n and n.subject = 'CASE_INFORMED' and n.kind = 'AGENCY_INFORMED'""")
                .param("u", username).param("n", caseNumber).query(String.class).list();
    }
}
