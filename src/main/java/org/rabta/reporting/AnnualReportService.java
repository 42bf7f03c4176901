package org.rabta.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.ExploitationType;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.rabta.screening.engine.Outcome;
import org.rabta.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report: cases identified in the year (by identification date), each person once (linked duplicates
 * through their root case), within the user's reach and the optional province or district.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AnnualReportService {

    /** The exploitation types the published figures call forced labour. */
    static final Set<String> FORCED_LABOUR = Set.of(ExploitationType.FORCED_LABOUR.name(), ExploitationType.BONDED_LABOUR.name());

    /** The determination of a person whose case has no confirmed screening (V62). */
    static final String NOT_SCREENED = "NOT_SCREENED";

    private final Reaches reaches;
    private final StatisticsScopes scopes;
    private final CaseStatistics statistics;
    private final ReferredVictims referredVictims;
    private final JusticeStatistics justice;
    private final GeographyService geography;
    private final Clock clock;

    public AnnualReport annualReport(RabtaUser user, Integer year, String province, String district) {
        return annualReport(user, year, province, district, Locale.ENGLISH);
    }

    /** The report with its scope described in the reader's language (the figures do not depend on it). */
    public AnnualReport annualReport(RabtaUser user, Integer year, String province, String district, Locale locale) {
        Reach reach = reaches.of(user);
        if (year == null) {
            throw InvalidInputException.of("year", "reporting.error.yearRequired");
        }
        if (year < StatisticsScopes.FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
            throw InvalidInputException.of("year", "reporting.error.year");
        }
        StatisticsScope scope = scopes.scope(reach, YearMonth.of(year, 1), YearMonth.of(year, 12), province, district, null);
        Breakdowns counts = statistics.breakdowns(scope);
        ReferredVictims.Figures referred = referredVictims.count(scope, year);
        SmallCells rule = SmallCells.readerOf(reach);

        Map<String, Count> byExploitationType = new LinkedHashMap<>();
        for (ExploitationType type : ExploitationType.values()) {
            byExploitationType.put(type.name(), rule.count(counts.exploitation().of(type.name())));
        }
        Map<String, Long> provinces = new LinkedHashMap<>();
        provincesOf(scope).forEach(code -> provinces.put(code, counts.byProvince().getOrDefault(code, 0L)));
        Map<String, Count> byProvince = breakdown(provinces, rule);
        Map<String, Count> byDetermination = breakdown(determinations(counts.byDetermination()), rule);
        return new AnnualReport(year, scopes.description(scope, locale), VictimFigures.count(counts.sexAge(), rule),
                rule.count(counts.exploitation().forcedLabour()), rule.count(referred.referred()),
                rule.count(referred.toGovernment()), rule.count(referred.toNgo()), byExploitationType, byProvince,
                byDetermination, JusticeFigures.of(justice.count(scope), rule));
    }

    /** Counts that add up to the total, as its reader sees them ({@link SmallCells#breakdown}), in the same order. */
    private static Map<String, Count> breakdown(Map<String, Long> parts, SmallCells rule) {
        List<Count> shown = rule.breakdown(List.copyOf(parts.values()));
        Map<String, Count> byKey = new LinkedHashMap<>();
        int i = 0;
        for (String key : parts.keySet()) {
            byKey.put(key, shown.get(i++));
        }
        return byKey;
    }

    /** Every screening outcome (with zeros) and NOT_SCREENED for persons without a confirmed screening. */
    static Map<String, Long> determinations(Map<String, Long> counted) {
        Map<String, Long> byDetermination = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            byDetermination.put(outcome.name(), counted.getOrDefault(outcome.name(), 0L));
        }
        byDetermination.put(NOT_SCREENED, counted.getOrDefault(NOT_SCREENED, 0L));
        return byDetermination;
    }

    /** The provinces the report lists (with zeros): the one filtered on, those reached, else every province. */
    private List<String> provincesOf(StatisticsScope scope) {
        if (scope.district() != null) {
            return List.of(geography.district(scope.district()).getProvinceCode());
        }
        if (scope.province() != null) {
            return List.of(scope.province());
        }
        List<String> provinces = geography.provinces().stream().map(Province::getCode).toList();
        if (scope.reach().kind() == Reach.Kind.JURISDICTION) {
            Set<String> reached = new HashSet<>(scope.reach().provinceCodes());
            scope.reach().districtCodes().forEach(code -> reached.add(geography.district(code).getProvinceCode()));
            return provinces.stream().filter(reached::contains).toList();
        }
        return provinces;
    }
}
