package org.rabta.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.AgeBand;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.Sex;
import org.rabta.directory.AgencyType;
import org.rabta.directory.ServiceType;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.rabta.reporting.StatisticsTable.Counted;
import org.rabta.reporting.StatisticsTable.Parts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard: persons identified in a period within the user's reach, by sex and age band, child or adult,
 * exploitation type, province, district, identifying agency type and month; and the referrals of those cases sent in
 * the period, what became of them, by service type. Counts only, never a victim.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DashboardService {

    static final String PERSONS = "reporting.column.persons";
    static final String REFERRALS = "reporting.column.referrals";
    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final Reaches reaches;
    private final StatisticsScopes scopes;
    private final CaseStatistics statistics;
    private final ReferralStatistics referralStatistics;
    private final JusticeStatistics justiceStatistics;
    private final GeographyService geography;
    private final Clock clock;

    public Dashboard dashboard(RabtaUser user, DashboardFilter filter, Locale locale) {
        Reach reach = reaches.of(user);
        YearMonth current = YearMonth.now(clock);
        StatisticsScope scope = scopes.scope(reach, filter.fromMonth(current), filter.toMonth(current), filter.province(),
                filter.district(), filter.agencyTypeValue());
        Breakdowns counts = statistics.breakdowns(scope);
        ReferralStatistics.Figures referrals = referralStatistics.figures(scope);
        JusticeStatistics.Counts justice = justiceStatistics.count(scope);
        SmallCells rule = SmallCells.readerOf(reach);

        List<StatisticsTable> tables = new ArrayList<>();
        tables.add(sexAndAge(counts.sexAge(), rule));
        tables.add(childOrAdult(counts.sexAge(), rule));
        tables.add(exploitation(counts.exploitation(), rule));
        tables.add(provinces(counts.byProvince(), rule, locale));
        tables.add(districts(counts.byDistrict(), rule, locale));
        tables.add(agencyTypes(counts.byAgencyType(), rule));
        tables.add(months(counts.byMonth(), scope, rule));
        tables.add(determinations(counts.byDetermination(), rule));
        tables.add(referrals(referrals.total(), rule));
        tables.add(referralServices(referrals.byServiceType(), rule));
        tables.add(justice(justice, rule));
        tables.add(justiceMonths(justice, scope, rule));
        long accepted = referrals.total().accepted();
        return new Dashboard(scopes.description(scope, locale), scope.from().toString(), scope.to().toString(),
                VictimFigures.count(counts.sexAge(), rule), rule.count(referrals.total().made()),
                rule.median(referrals.medianHoursToAccept(), accepted),
                rule.withholdsMedian(referrals.medianHoursToAccept(), accepted), JusticeFigures.of(justice, rule),
                JusticeMedians.of(justiceStatistics.medians(scope), rule), tables, clock.instant().atZone(PAKISTAN));
    }

    private static StatisticsTable sexAndAge(List<StatisticsCell> cells, SmallCells rule) {
        Map<AgeBand, Map<String, Long>> counts = new EnumMap<>(AgeBand.class);
        for (StatisticsCell cell : cells) {
            counts.computeIfAbsent(cell.ageBand(), band -> new LinkedHashMap<>()).merge(cell.sex(), cell.persons(), Long::sum);
        }
        List<Counted> rows = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            Map<String, Long> bySex = counts.getOrDefault(band, Map.of());
            rows.add(Counted.keyed("reporting.ageBand." + band.name(),
                    Arrays.stream(Sex.values()).mapToLong(sex -> bySex.getOrDefault(sex.name(), 0L)).toArray()));
        }
        return StatisticsTable.of("sex-age", "reporting.table.sexAge", "bar",
                Arrays.stream(Sex.values()).map(sex -> "cases.sex." + sex.name()).toList(), rows, rule, Parts.WHOLE);
    }

    private static StatisticsTable childOrAdult(List<StatisticsCell> cells, SmallCells rule) {
        long children = 0;
        long adults = 0;
        long unknown = 0;
        for (StatisticsCell cell : cells) {
            if (cell.ageBand().isChild()) {
                children += cell.persons();
            } else if (cell.ageBand().isAdult()) {
                adults += cell.persons();
            } else {
                unknown += cell.persons();
            }
        }
        return StatisticsTable.of("child-adult", "reporting.table.childAdult", "doughnut", List.of(PERSONS), List.of(
                Counted.keyed("reporting.age.child", children), Counted.keyed("reporting.age.adult", adults),
                Counted.keyed("reporting.age.unknown", unknown)), rule, Parts.COLUMNS);
    }

    private static StatisticsTable exploitation(ExploitationCounts counts, SmallCells rule) {
        List<Counted> rows = new ArrayList<>();
        for (ExploitationType type : ExploitationType.values()) {
            rows.add(Counted.keyed("cases.exploitation." + type.name(), counts.of(type.name())));
        }
        rows.add(Counted.keyed("reporting.exploitation.notRecorded", counts.none()));
        return StatisticsTable.of("exploitation", "reporting.table.exploitation", "bar", List.of(PERSONS), rows, rule, Parts.NONE);
    }

    private StatisticsTable provinces(Map<String, Long> byProvince, SmallCells rule, Locale locale) {
        List<Counted> rows = geography.provinces().stream()
                .map(province -> Counted.named(province.name(locale), byProvince.getOrDefault(province.getCode(), 0L)))
                .toList();
        return StatisticsTable.of("province", "reporting.table.province", "bar", List.of(PERSONS), rows, rule, Parts.COLUMNS);
    }

    /** Districts with at least one person, most first: a country has over 150 districts. */
    private StatisticsTable districts(Map<String, Long> byDistrict, SmallCells rule, Locale locale) {
        Map<String, District> districts = geography.districts().stream()
                .collect(Collectors.toMap(District::getCode, Function.identity()));
        Map<String, Province> provinces = geography.provinces().stream()
                .collect(Collectors.toMap(Province::getCode, Function.identity()));
        List<Counted> rows = byDistrict.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> {
                    District district = districts.get(entry.getKey());
                    return Counted.named(district.name(locale) + " (" + provinces.get(district.getProvinceCode()).name(locale) + ")",
                            entry.getValue());
                })
                .toList();
        return StatisticsTable.of("district", "reporting.table.district", "bar", List.of(PERSONS), rows, rule, Parts.COLUMNS);
    }

    private static StatisticsTable agencyTypes(Map<String, Long> byType, SmallCells rule) {
        List<Counted> rows = Arrays.stream(AgencyType.values())
                .map(type -> Counted.keyed("reporting.agencyType." + type.name(), byType.getOrDefault(type.name(), 0L)))
                .toList();
        return StatisticsTable.of("agency-type", "reporting.table.agencyType", "doughnut", List.of(PERSONS), rows, rule, Parts.COLUMNS);
    }

    private static StatisticsTable determinations(Map<String, Long> counted, SmallCells rule) {
        List<Counted> rows = AnnualReportService.determinations(counted).entrySet().stream()
                .map(entry -> Counted.keyed("reporting.determination." + entry.getKey(), entry.getValue()))
                .toList();
        return StatisticsTable.of("determination", "reporting.table.determination", "bar", List.of(PERSONS), rows, rule, Parts.COLUMNS);
    }

    /** What became of the referrals sent in the period (accepted, declined and completed are not exclusive). */
    private static StatisticsTable referrals(ReferralStatistics.Counts counts, SmallCells rule) {
        return StatisticsTable.of("referrals", "reporting.table.referrals", "bar", List.of(REFERRALS), List.of(
                Counted.keyed("reporting.referrals.made", counts.made()),
                Counted.keyed("reporting.referrals.accepted", counts.accepted()),
                Counted.keyed("reporting.referrals.declined", counts.declined()),
                Counted.keyed("reporting.referrals.completed", counts.completed()),
                Counted.keyed("reporting.referrals.overdue", counts.overdue())), rule, Parts.NONE);
    }

    /** Every service type (with zeros), with the same five counts as columns. */
    private static StatisticsTable referralServices(Map<String, ReferralStatistics.Counts> byServiceType, SmallCells rule) {
        List<Counted> rows = Arrays.stream(ServiceType.values()).map(type -> {
            ReferralStatistics.Counts counts = byServiceType.getOrDefault(type.name(), ReferralStatistics.Counts.NONE);
            return Counted.keyed("directory.service." + type.name(), counts.made(), counts.accepted(), counts.declined(),
                    counts.completed(), counts.overdue());
        }).toList();
        return StatisticsTable.of("referral-service", "reporting.table.referralService", "bar",
                List.of("reporting.referrals.made", "reporting.referrals.accepted", "reporting.referrals.declined",
                        "reporting.referrals.completed", "reporting.referrals.overdue"), rows, rule, Parts.COLUMNS);
    }

    /** Every month of the period, those without anyone included, so the trend line has no gaps. */
    private static StatisticsTable months(Map<String, Long> byMonth, StatisticsScope scope, SmallCells rule) {
        List<Counted> rows = new ArrayList<>();
        for (YearMonth month = scope.from(); !month.isAfter(scope.to()); month = month.plusMonths(1)) {
            rows.add(Counted.named(month.toString(), byMonth.getOrDefault(month.toString(), 0L)));
        }
        return StatisticsTable.of("month", "reporting.table.month", "line", List.of(PERSONS), rows, rule, Parts.COLUMNS);
    }

    /** The annual report's justice figures for the period (each a count of its own, not parts of a whole). */
    private static StatisticsTable justice(JusticeStatistics.Counts counts, SmallCells rule) {
        List<Counted> rows = new ArrayList<>();
        for (JusticeStatistics.Figure figure : JusticeStatistics.Figure.values()) {
            rows.add(Counted.keyed(figure.labelKey(), counts.total(figure)));
        }
        return StatisticsTable.of("justice", "reporting.table.justice", "bar", List.of("reporting.column.number"), rows,
                rule, Parts.NONE);
    }

    /** The trend: every month of the period, investigations registered and accused at each step of their path. */
    private static StatisticsTable justiceMonths(JusticeStatistics.Counts counts, StatisticsScope scope, SmallCells rule) {
        List<JusticeStatistics.Figure> series = List.of(JusticeStatistics.Figure.INVESTIGATIONS,
                JusticeStatistics.Figure.ARRESTED, JusticeStatistics.Figure.PROSECUTED, JusticeStatistics.Figure.CONVICTED,
                JusticeStatistics.Figure.ACQUITTED);
        List<Counted> rows = new ArrayList<>();
        for (YearMonth month = scope.from(); !month.isAfter(scope.to()); month = month.plusMonths(1)) {
            String key = month.toString();
            rows.add(Counted.named(key, series.stream().mapToLong(figure -> counts.of(key, figure)).toArray()));
        }
        return StatisticsTable.of("justice-month", "reporting.table.justiceMonth", "line",
                series.stream().map(JusticeStatistics.Figure::labelKey).toList(), rows,
                rule, Parts.COLUMNS);
    }
}
