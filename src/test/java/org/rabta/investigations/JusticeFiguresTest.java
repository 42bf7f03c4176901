package org.rabta.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.investigations.AccusedEventType.ABSCONDED;
import static org.rabta.investigations.AccusedEventType.ACQUITTED;
import static org.rabta.investigations.AccusedEventType.APPEALED;
import static org.rabta.investigations.AccusedEventType.ARRESTED;
import static org.rabta.investigations.AccusedEventType.BAILED;
import static org.rabta.investigations.AccusedEventType.CHARGE_SHEET;
import static org.rabta.investigations.AccusedEventType.CONVICTED;
import static org.rabta.investigations.InvestigationFixtures.event;
import static org.rabta.support.Districts.BADIN;
import static org.rabta.support.Districts.LAHORE;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.reporting.AnnualReport;
import org.rabta.reporting.AnnualReportService;
import org.rabta.reporting.Count;
import org.rabta.reporting.JusticeFigures;
import org.rabta.support.RabtaIntegrationTest;

/**
 * The annual report's justice figures (issue 16) grow by exactly what an FIA circle's caseworker records, as that
 * circle's supervisor reads them; readers outside the circle see the small counts suppressed.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class JusticeFiguresTest {

    /** A year and district where no other test or demo record registers an FIR. */
    private static final int YEAR = 2019;

    private final InvestigationFixtures fixtures;
    private final AnnualReportService reports;

    @Test
    void theCirclesSupervisorSeesTheFiguresGrowByExactlyWhatItsCaseworkerRecorded() {
        RabtaUser caseworker = fixtures.user("fia.lahore");
        RabtaUser supervisor = fixtures.user("fia.lahore.supervisor");
        JusticeFigures before = reports.annualReport(supervisor, YEAR, null, null).justice();
        JusticeFigures nextYearBefore = reports.annualReport(supervisor, YEAR + 1, null, null).justice();
        JusticeFigures lahoreBefore = reports.annualReport(supervisor, YEAR, "PK6", LAHORE).justice();
        JusticeFigures badinBefore = reports.annualReport(supervisor, YEAR, null, BADIN).justice();

        // Under both Acts (and the Penal Code): counts once as an investigation, once under each Act.
        long both = fixtures.register(caseworker, LocalDate.of(YEAR, 2, 1), LAHORE,
                List.of(Offence.PTPA_2018_S3, Offence.PSMA_2018_S3, Offence.PPC_370), 3);
        List<Long> accused = fixtures.accusedOf(caseworker, both);
        fixtures.record(caseworker, accused.get(0), event(ARRESTED, LocalDate.of(YEAR, 2, 5)),
                event(CHARGE_SHEET, LocalDate.of(YEAR, 4, 1)), event(CONVICTED, LocalDate.of(YEAR, 9, 1)));
        // Arrested twice, acquitted, then convicted on appeal the next year: counts once, by the first of each.
        fixtures.record(caseworker, accused.get(1), event(ARRESTED, LocalDate.of(YEAR, 2, 10)),
                event(BAILED, LocalDate.of(YEAR, 2, 20)), event(ARRESTED, LocalDate.of(YEAR, 3, 1)),
                event(CHARGE_SHEET, LocalDate.of(YEAR, 5, 1)), event(ACQUITTED, LocalDate.of(YEAR, 10, 1)),
                event(APPEALED, LocalDate.of(YEAR, 11, 1)), event(CONVICTED, LocalDate.of(YEAR + 1, 3, 1)));
        // Absconding: none of the figures.
        fixtures.record(caseworker, accused.get(2), event(ABSCONDED, LocalDate.of(YEAR, 3, 1)));
        // Penal Code only, FIR in December, the arrest in January: the arrest counts in the next year.
        long penalCode = fixtures.register(caseworker, LocalDate.of(YEAR, 12, 20), LAHORE, List.of(Offence.PPC_370), 1);
        fixtures.record(caseworker, fixtures.accusedOf(caseworker, penalCode).getFirst(),
                event(ARRESTED, LocalDate.of(YEAR + 1, 1, 5)));

        AnnualReport report = reports.annualReport(supervisor, YEAR, null, null);
        assertThat(growth(before, report.justice())).containsExactly(2L, 1L, 1L, 2L, 2L, 1L, 1L);
        assertThat(growth(nextYearBefore, reports.annualReport(supervisor, YEAR + 1, null, null).justice()))
                .containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L);
        // The FIR's district and province scope the figures too.
        assertThat(growth(lahoreBefore, reports.annualReport(supervisor, YEAR, "PK6", LAHORE).justice()))
                .containsExactly(2L, 1L, 1L, 2L, 2L, 1L, 1L);
        assertThat(growth(badinBefore, reports.annualReport(supervisor, YEAR, null, BADIN).justice()))
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void readersOutsideTheRegisteringAgencySeeSmallCountsSuppressed() {
        RabtaUser caseworker = fixtures.user("fia.lahore");
        long id = fixtures.register(caseworker, LocalDate.of(YEAR - 1, 6, 1), LAHORE, List.of(Offence.PTPA_2018_S4), 1);
        fixtures.record(caseworker, fixtures.accusedOf(caseworker, id).getFirst(),
                event(ARRESTED, LocalDate.of(YEAR - 1, 6, 2)));

        JusticeFigures own = reports.annualReport(fixtures.user("fia.lahore.supervisor"), YEAR - 1, null, LAHORE).justice();
        assertThat(own.investigations().isSuppressed()).isFalse();
        for (String outsider : List.of("analyst", "committee.lahore")) {
            JusticeFigures seen = reports.annualReport(fixtures.user(outsider), YEAR - 1, null, LAHORE).justice();
            assertThat(seen.investigations().cell()).as(outsider).isEqualTo("<5");
            assertThat(seen.investigationsPtpa().cell()).as(outsider).isEqualTo("<5");
            assertThat(seen.accusedArrested().cell()).as(outsider).isEqualTo("<5");
            assertThat(seen.investigationsPsma().cell()).as(outsider).isEqualTo(0L);
        }
    }

    private static List<Long> growth(JusticeFigures before, JusticeFigures after) {
        List<Count> from = before.values();
        List<Count> to = after.values();
        return IntStream.range(0, from.size()).mapToObj(i -> to.get(i).value() - from.get(i).value()).toList();
    }
}
