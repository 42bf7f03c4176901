package org.rabta.investigations;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rabta.investigations.InvestigationFixtures.accused;
import static org.rabta.investigations.InvestigationFixtures.event;
import static org.rabta.support.Dates.today;

@RabtaIntegrationTest
@RequiredArgsConstructor
class InvestigationServiceTest {

    private final InvestigationService investigations;

    private final AccusedService accusedService;

    private final InvestigationFixtures fixtures;

    private final JdbcClient jdbc;

    private final MessageSource messages;

    @Test
    void theOffenceCatalogueIsTheTableTheDatabaseChecksWithANameAndAShortNameInBothLanguages() {
        Map<String, Integer> table = jdbc.sql("select code, catalogue_version from offence").query()
                .listOfRows().stream().collect(Collectors.toMap(row -> (String) row.get("code"), row -> (Integer) row.get("catalogue_version")));
        assertThat(table).isEqualTo(Arrays.stream(Offence.values())
                .collect(Collectors.toMap(Offence::name, Offence::catalogueVersion)));
        assertThat(jdbc.sql("select law from offence where code = 'PSMA_2018_S5'").query(String.class).single()).isEqualTo("PSMA");
        for (Offence offence : Offence.values()) {
            assertThat(offence.catalogueVersion()).isLessThanOrEqualTo(Offence.CATALOGUE_VERSION);
            assertThat(messages.getMessage("investigations.offence." + offence, null, ENGLISH))
                    .isNotEqualTo(messages.getMessage("investigations.offence." + offence, null, java.util.Locale.forLanguageTag("ur")));
            // The short name the lists show, in each language shorter than the full one.
            for (java.util.Locale locale : List.of(ENGLISH, java.util.Locale.forLanguageTag("ur"))) {
                assertThat(messages.getMessage("investigations.offenceShort." + offence, null, locale).length()).as(offence + " " + locale)
                        .isLessThan(messages.getMessage("investigations.offence." + offence, null, locale).length());
            }
            assertThat(messages.getMessage("investigations.offenceShort." + offence, null, ENGLISH))
                    .isNotEqualTo(messages.getMessage("investigations.offenceShort." + offence, null, java.util.Locale.forLanguageTag("ur")));
        }
    }

    @Test
    void registersTheFirWithItsVictimsAndAccusedInTheOrderSent() {
        RabtaUser fia = fixtures.user("fia.lahore");
        String caseNumber = fixtures.registerCase("fia.lahore");
        String first = Unique.surname();
        InvestigationRequest request = InvestigationFixtures.request(today().minusDays(20), List.of(caseNumber),
                List.of(accused(first, "35202-1234567-1", AccusedRole.RECRUITER), accused(Unique.surname(), null, AccusedRole.TRANSPORTER)));
        long id = investigations.register(fia, request);

        InvestigationView view = investigations.view(fia, id);
        assertThat(view.investigation().getRegisteringAgencyId()).isEqualTo(fia.agencyId());
        assertThat(view.investigation().getOffences()).containsExactlyInAnyOrder(Offence.PTPA_2018_S3, Offence.PPC_370);
        assertThat(view.accused()).extracting(summary -> summary.accused().getName()).first().isEqualTo(first);
        assertThat(view.accused()).extracting(summary -> summary.accused().getRole())
                .containsExactly(AccusedRole.RECRUITER, AccusedRole.TRANSPORTER);
        assertThat(view.victims()).extracting(victim -> victim.victimCase().getCaseNumber()).containsExactly(caseNumber);
        assertThat(view.victims().getFirst().link().getRole()).isEqualTo(VictimRole.COMPLAINANT);
        assertThat(jdbc.sql("select count(*) from audit_event where target_type = 'INVESTIGATION' and target_id = :id "
                + "and action in ('INVESTIGATION_REGISTERED', 'INVESTIGATION_VIEWED')").param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_case_read r join audit_event e on e.id = r.event_id "
                + "where e.action = 'LINKED_CASES_VIEWED' and r.case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anFirNumberIsUniqueWithinItsAgencyOnly() {
        InvestigationRequest request = InvestigationFixtures.request(today().minusDays(5), List.of(), List.of());
        investigations.register(fixtures.user("fia.lahore"), request);
        InvestigationRequest again = new InvestigationRequest(request.firNumber().toLowerCase(), request.registeredOn(),
                request.districtCode(), request.offences(), null, List.of(), List.of(), null);
        assertThat(fields(() -> investigations.register(fixtures.user("fia.lahore.supervisor"), again)))
                .containsEntry("firNumber", "investigations.error.firTaken");
        investigations.register(fixtures.user("police.lahore"), request);
    }

    @Test
    void everyFieldInErrorIsNamedWithTheCaseRegistrysRules() {
        String ngoCase = fixtures.registerCase("ngo.lahore");
        InvestigationRequest request = new InvestigationRequest(" ", today().plusDays(1), "PK999999", List.of(), null,
                List.of(ngoCase), List.of(new AccusedRequest("", null, null, 130, "XX", "3520-12", "!", null)), null);
        assertThat(fields(() -> investigations.register(fixtures.user("fia.lahore"), request))).containsAllEntriesOf(Map.ofEntries(
                Map.entry("firNumber", "cases.error.required"), Map.entry("registeredOn", "cases.error.future"),
                Map.entry("districtCode", "cases.error.district"), Map.entry("offences", "cases.error.required"),
                Map.entry("caseNumbers[0]", "investigations.error.caseOutOfReach"),
                Map.entry("accused[0].name", "cases.error.required"), Map.entry("accused[0].sex", "cases.error.required"),
                Map.entry("accused[0].ageYears", "cases.error.ageRange"), Map.entry("accused[0].nationality", "cases.error.country"),
                Map.entry("accused[0].cnic", "cases.error.cnic"), Map.entry("accused[0].passportNumber", "cases.error.passport"),
                Map.entry("accused[0].role", "cases.error.required")));
    }

    @Test
    void onlyTheRegisteringLawEnforcementAgencyReachesAnInvestigation() {
        long id = fixtures.register("police.lahore", List.of(accused(Unique.surname(), null, AccusedRole.EXPLOITER)));
        long accusedId = investigations.view(fixtures.user("police.lahore"), id).accused().getFirst().accused().getId();
        for (String outsider : List.of("fia.lahore", "fia.karachi.supervisor", "ngo.lahore", "analyst", "admin", "committee.lahore")) {
            RabtaUser user = fixtures.user(outsider);
            assertThatThrownBy(() -> investigations.view(user, id)).as(outsider).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> accusedService.view(user, accusedId)).as(outsider).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> accusedService.recordEvent(user, accusedId, event(AccusedEventType.ARRESTED, today())))
                    .as(outsider).isInstanceOf(RecordNotFoundException.class);
        }
        assertThatThrownBy(() -> fixtures.register("ngo.lahore", List.of())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aStaleUpdateIsRefused() {
        RabtaUser fia = fixtures.user("fia.lahore");
        long id = fixtures.register("fia.lahore", List.of());
        Investigation read = investigations.view(fia, id).investigation();
        InvestigationRequest change = new InvestigationRequest(read.getFirNumber(), read.getRegisteredOn(), read.getDistrictCode(),
                List.of(Offence.PSMA_2018_S3), "SI Kamran", List.of(), List.of(), read.getVersion());
        investigations.update(fixtures.user("fia.lahore.supervisor"), id, change);
        assertThat(investigations.view(fia, id).investigation().getOffences()).containsExactly(Offence.PSMA_2018_S3);
        assertThatThrownBy(() -> investigations.update(fia, id, change)).isInstanceOf(ConcurrentEditException.class);
        assertThat(investigations.view(fia, id).investigation().getInvestigatingOfficer()).isEqualTo("SI Kamran");
    }

    @Test
    void eventsKeepTheirOrderAndDatesAndAConvictionCarriesASentencePerOffence() {
        RabtaUser fia = fixtures.user("fia.lahore");
        long id = fixtures.register("fia.lahore", List.of(accused(Unique.surname(), null, AccusedRole.RECRUITER)));
        long accusedId = investigations.view(fia, id).accused().getFirst().accused().getId();
        java.time.LocalDate fir = today().minusDays(30);

        assertThat(fields(() -> accusedService.recordEvent(fia, accusedId, event(AccusedEventType.ARRESTED, fir.minusDays(1)))))
                .containsEntry("on", "investigations.error.beforeFir");
        assertThat(fields(() -> accusedService.recordEvent(fia, accusedId, event(AccusedEventType.ARRESTED, today().plusDays(1)))))
                .containsEntry("on", "cases.error.future");
        assertThat(catchThrowableOfType(BusinessRuleException.class,
                () -> accusedService.recordEvent(fia, accusedId, event(AccusedEventType.CONVICTED, fir.plusDays(3)))).messageCode())
                .isEqualTo("investigations.rule.verdictNeedsChargeSheet");

        accusedService.recordEvent(fia, accusedId, event(AccusedEventType.ARRESTED, fir.plusDays(1)));
        accusedService.recordEvent(fia, accusedId, new EventRequest(AccusedEventType.CHARGE_SHEET, fir.plusDays(10), null, null,
                null, null, "Sessions Court Lahore", "SC-12/2026", today().plusDays(7)));
        assertThat(fields(() -> accusedService.recordEvent(fia, accusedId, new EventRequest(AccusedEventType.CONVICTED,
                fir.plusDays(20), null, List.of(new EventRequest.SentenceRequest(Offence.EO_1979_S18, 12, 5L)), null, null,
                null, null, null)))).containsEntry("sentences[0].offence", "investigations.error.notCharged");
        accusedService.recordEvent(fia, accusedId, new EventRequest(AccusedEventType.CONVICTED, fir.plusDays(20), null,
                List.of(new EventRequest.SentenceRequest(Offence.PTPA_2018_S3, 84, 500_000L),
                        new EventRequest.SentenceRequest(Offence.PPC_370, 36, null)), null, null, null, null, null));

        AccusedSummary summary = accusedService.view(fia, accusedId).summary();
        assertThat(summary.events()).extracting(AccusedEvent::getType)
                .containsExactly(AccusedEventType.ARRESTED, AccusedEventType.CHARGE_SHEET, AccusedEventType.CONVICTED);
        assertThat(summary.events().getLast().getOffences()).containsExactlyInAnyOrder(
                new Sentence(Offence.PTPA_2018_S3, 84, 500_000L), new Sentence(Offence.PPC_370, 36, null));
        assertThat(summary.accused().getFirstArrestedOn()).isEqualTo(fir.plusDays(1));
        assertThat(summary.accused().getLatestVerdict()).isEqualTo(AccusedEventType.CONVICTED);
        assertThat(summary.accused().getNextHearingOn()).isNull();
        assertThat(investigations.view(fia, id).investigation().getFirstChargeSheetOn()).isEqualTo(fir.plusDays(10));
        assertThat(catchThrowableOfType(BusinessRuleException.class,
                () -> accusedService.recordEvent(fia, accusedId, event(AccusedEventType.ACQUITTED, fir.plusDays(25)))).messageCode())
                .isEqualTo("investigations.rule.secondVerdictNeedsAppeal");
    }

    @Test
    void theSameAccusedIsFoundInTheAgencysOtherInvestigationsByCnicAndByName() {
        String surname = Unique.surname();
        long first = fixtures.register("fia.lahore", List.of(accused("Muhammad Yousaf " + surname, null, AccusedRole.RECRUITER),
                accused(Unique.surname(), "35202-7654321-3", AccusedRole.FINANCIER)));
        long second = fixtures.register("fia.lahore", List.of(accused("Mohammad Yusuf " + surname, null, AccusedRole.RECRUITER),
                accused(Unique.surname(), "3520276543213", AccusedRole.FINANCIER)));
        fixtures.register("police.lahore", List.of(accused("Mohd Yousuf " + surname, null, AccusedRole.RECRUITER)));

        List<AccusedSummary> accused = investigations.view(fixtures.user("fia.lahore"), second).accused();
        assertThat(accused.get(0).alsoAccusedIn()).extracting(AccusedSummary.AlsoAccused::investigationId).containsExactly(first);
        assertThat(accused.get(1).alsoAccusedIn()).singleElement()
                .satisfies(also -> assertThat(also.cnicMatch()).isTrue())
                .satisfies(also -> assertThat(also.investigationId()).isEqualTo(first));
    }

    private static Map<String, String> fields(Runnable action) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, action::run);
        assertThat(e).as("refused as invalid input").isNotNull();
        return e.violations().stream().collect(Collectors.toMap(Violation::field, Violation::code, (a, b) -> a));
    }
}
