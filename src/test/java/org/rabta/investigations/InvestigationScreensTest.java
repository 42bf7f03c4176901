package org.rabta.investigations;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CasesApi;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.investigations.InvestigationFixtures.accused;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.KASUR;
import static org.rabta.support.Districts.LAHORE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The investigation screens: who sees the link and the pages, the forms' field errors, stale edits and refused steps. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class InvestigationScreensTest {

    private final MockMvc mvc;
    private final InvestigationFixtures fixtures;
    private final InvestigationService investigations;
    private final CasesApi cases;

    @Test
    void aConfirmedDeterminationOffersAnInvestigationOrARecordedRefusal() throws Exception {
        String trafficking = fixtures.registerCase("fia.lahore");
        cases.recordConfirmedDetermination(trafficking, "TRAFFICKING");
        mvc.perform(get("/cases/" + trafficking).with(user(fixtures.user("fia.lahore"))))
                .andExpect(content().string(containsString("/investigations/new?caseNumber=" + trafficking + "&amp;offence=PTPA_2018_S3")));
        String smuggling = fixtures.registerCase("fia.lahore");
        cases.recordConfirmedDetermination(smuggling, "SMUGGLING");
        mvc.perform(get("/cases/" + smuggling).with(user(fixtures.user("fia.lahore"))))
                .andExpect(content().string(containsString("offence=PSMA_2018_S3")));
        mvc.perform(get("/investigations/new").param("caseNumber", smuggling).param("offence", "PSMA_2018_S3")
                        .with(user(fixtures.user("fia.lahore"))))
                .andExpect(content().string(containsString("value=\"" + smuggling + "\"")));

        mvc.perform(post("/cases/" + trafficking + "/investigation-offer/decline").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("reason", " "))
                .andExpect(flash().attribute("error", "cases.error.required"));
        mvc.perform(post("/cases/" + trafficking + "/investigation-offer/decline").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("reason", "The complainant withdrew; referred to the police of her district."))
                .andExpect(flash().attribute("success", "investigations.offer.declinedSaved"));
        mvc.perform(get("/cases/" + trafficking).with(user(fixtures.user("fia.lahore.supervisor"))))
                .andExpect(content().string(containsString("The complainant withdrew")))
                .andExpect(content().string(not(containsString("/investigations/new?caseNumber="))));

        String ngoCase = fixtures.registerCase("ngo.lahore");
        cases.recordConfirmedDetermination(ngoCase, "TRAFFICKING");
        // An NGO cannot register one: it is offered to inform the competent agency instead (InformedAgenciesTest).
        mvc.perform(get("/cases/" + ngoCase).with(user(fixtures.user("ngo.lahore"))))
                .andExpect(content().string(containsString("/cases/" + ngoCase + "/inform")))
                .andExpect(content().string(not(containsString("/investigations/new?caseNumber="))));
        mvc.perform(post("/cases/" + ngoCase + "/investigation-offer/decline").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("reason", "Not ours")).andExpect(status().isNotFound());
    }

    @Test
    void theNavigationLinkAndThePagesAreForLawEnforcementOnly() throws Exception {
        mvc.perform(get("/").with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(containsString("href=\"/investigations\"")));
        mvc.perform(get("/").with(user(fixtures.user("ngo.lahore"))))
                .andExpect(content().string(not(containsString("href=\"/investigations\""))));
        mvc.perform(get("/investigations").with(user(fixtures.user("ngo.lahore")))).andExpect(status().isNotFound());
        mvc.perform(get("/investigations/calendar").with(user(fixtures.user("analyst")))).andExpect(status().isNotFound());
        long id = fixtures.register("police.lahore", List.of());
        mvc.perform(get("/investigations/" + id).with(user(fixtures.user("fia.lahore")))).andExpect(status().isNotFound());
        mvc.perform(get("/investigations/" + id).with(user(fixtures.user("police.lahore")))).andExpect(status().isOk());
    }

    @Test
    void theListNamesEachOffenceShortlyInTheReadersLanguageWithItsFullName() throws Exception {
        String name = "Nadeem " + Unique.surname();
        long id = fixtures.register("police.lahore", List.of(accused(name, null, AccusedRole.RECRUITER)));
        mvc.perform(get("/investigations").param("q", name).with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(containsString("href=\"/investigations/" + id + "\"")))
                .andExpect(content().string(containsString(
                        "<abbr title=\"Trafficking in persons (Prevention of Trafficking in Persons Act 2018, s.3)\">PTPA s.3</abbr>")))
                .andExpect(content().string(containsString(
                        "<abbr title=\"Buying or disposing of a person as a slave (Pakistan Penal Code, s.370)\">PPC s.370</abbr>")))
                .andExpect(content().string(not(containsString(">PTPA_2018_S3<"))));
        mvc.perform(get("/investigations").param("q", name).cookie(new Cookie("rabta-lang", "ur"))
                        .with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(containsString(">انسانی اسمگلنگ ایکٹ، دفعہ 3</abbr>")))
                .andExpect(content().string(containsString(">ت پ، دفعہ 370</abbr>")));
    }

    @Test
    void aLowerCaseDistrictCodeFiltersInvestigationsAsItFiltersCases() throws Exception {
        String name = "Nadeem " + Unique.surname();
        long id = fixtures.register("police.lahore", List.of(accused(name, null, AccusedRole.RECRUITER)));
        String caseNumber = fixtures.registerCase("police.lahore");
        String lahore = LAHORE.toLowerCase(Locale.ROOT);
        String kasur = KASUR.toLowerCase(Locale.ROOT);

        mvc.perform(get("/investigations").param("q", name).param("district", lahore).with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(containsString("href=\"/investigations/" + id + "\"")));
        mvc.perform(get("/investigations").param("q", name).param("district", kasur).with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(not(containsString("href=\"/investigations/" + id + "\""))));
        mvc.perform(get("/cases").param("q", caseNumber).param("district", lahore).with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(containsString("href=\"/cases/" + caseNumber + "\"")));
        mvc.perform(get("/cases").param("q", caseNumber).param("district", kasur).with(user(fixtures.user("police.lahore"))))
                .andExpect(content().string(not(containsString("href=\"/cases/" + caseNumber + "\""))));
    }

    @Test
    void registrationShowsEachFieldErrorBesideItsField() throws Exception {
        mvc.perform(post("/investigations").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("firNumber", "").param("registeredOn", today().plusDays(3).toString()).param("districtCode", "PK617"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"firNumber-error\"")))
                .andExpect(content().string(containsString("id=\"registeredOn-error\"")))
                .andExpect(content().string(containsString("id=\"offences-error\"")));
        mvc.perform(post("/investigations").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("firNumber", InvestigationFixtures.uniqueFir()).param("registeredOn", today().toString())
                        .param("districtCode", "PK617").param("offences", "PSMA_2018_S3"))
                .andExpect(redirectedUrlPattern("/investigations/*"));
    }

    @Test
    void aStaleEditKeepsTheInputAndSaysWhoChangedTheFir() throws Exception {
        long id = fixtures.register("fia.lahore", List.of());
        Investigation read = investigations.view(fixtures.user("fia.lahore"), id).investigation();
        mvc.perform(post("/investigations/" + id).with(csrf()).with(user(fixtures.user("fia.lahore.supervisor")))
                        .param("firNumber", read.getFirNumber()).param("registeredOn", read.getRegisteredOn().toString())
                        .param("districtCode", "PK617").param("offences", "PTPA_2018_S4").param("version", "0"))
                .andExpect(redirectedUrlPattern("/investigations/*"));
        mvc.perform(post("/investigations/" + id).with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("firNumber", read.getFirNumber()).param("registeredOn", read.getRegisteredOn().toString())
                        .param("districtCode", "PK617").param("offences", "PPC_374").param("investigatingOfficer", "SI Mine")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"stale-edit\"")))
                .andExpect(content().string(containsString("value=\"SI Mine\"")));
    }

    @Test
    void aStepOutOfOrderIsRefusedWithItsRuleAndTheHearingIsOnTheCalendar() throws Exception {
        String name = "Qadir " + Unique.surname();
        long id = fixtures.register("fia.lahore", List.of(accused(name, null, AccusedRole.RECRUITER)));
        long accusedId = investigations.view(fixtures.user("fia.lahore"), id).accused().getFirst().accused().getId();
        mvc.perform(post("/accused/" + accusedId + "/events").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("type", "APPEALED").param("on", today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An appeal needs a verdict to appeal against.")));
        mvc.perform(post("/accused/" + accusedId + "/events").with(csrf()).with(user(fixtures.user("fia.lahore")))
                        .param("type", "CHARGE_SHEET").param("on", today().toString()).param("court", "Sessions Court Lahore")
                        .param("nextHearingOn", today().plusDays(5).toString()))
                .andExpect(redirectedUrlPattern("/accused/*"));
        mvc.perform(get("/investigations/calendar").with(user(fixtures.user("fia.lahore.supervisor"))))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/investigations/calendar").with(user(fixtures.user("fia.karachi"))))
                .andExpect(content().string(not(containsString(name))));
    }
}
