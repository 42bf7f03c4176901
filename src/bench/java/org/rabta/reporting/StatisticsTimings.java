package org.rabta.reporting;

import java.time.YearMonth;
import org.rabta.bench.RecordedStatements;
import org.rabta.directory.AgencyType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics statements timed directly on PostgreSQL and explained, for {@code StatisticsBenchmark} and
 * {@code JusticeBenchmark}: the classes that own them ({@link CaseStatistics}, {@link ReferredVictims},
 * {@link ReferralStatistics}, {@link JusticeStatistics}) run over {@link RecordedStatements}' connection for the
 * scopes the screens ask for, so that a change to their SQL is measured as it is. Lives in the package of those
 * classes, which the application keeps package-private.
 */
public record StatisticsTimings(RecordedStatements database, int runs, boolean explain) {

    private static final String PUNJAB = "PK6";
    private static final String LAHORE = "PK617";

    /** The counts of persons of the last 12 months: an agency's (--only=agency), the country's (--only=country), or both. */
    public void cases(long agencyId, String only) {
        CaseStatistics statistics = new CaseStatistics(jdbc());
        YearMonth thisMonth = YearMonth.now();
        if (!only.equals("country")) {
            StatisticsScope agency = new StatisticsScope(Reach.agency(agencyId, "agency " + agencyId), thisMonth.minusMonths(11),
                    thisMonth, null, null, null, null);
            database.time("agency, 12 months (its rollups)", runs, explain, () -> statistics.breakdowns(agency));
            database.time("agency, 12 months (detail)", runs, explain, () -> statistics.fromDetail(agency));
        }
        if (only.equals("agency")) {
            return;
        }
        database.time("country, 12 months (rollups)", runs, explain,
                () -> statistics.breakdowns(country(thisMonth.minusMonths(11), thisMonth, null, null, null)));
        database.time("Punjab, NGO-identified, 12 months (rollups)", runs, explain,
                () -> statistics.breakdowns(country(thisMonth.minusMonths(11), thisMonth, PUNJAB, null, AgencyType.NGO)));
        database.time("district Lahore, 12 months (detail)", runs, explain,
                () -> statistics.breakdowns(country(thisMonth.minusMonths(11), thisMonth, PUNJAB, LAHORE, null)));
        database.time("country, 12 months (detail, no rollups)", runs, explain,
                () -> statistics.fromDetail(country(thisMonth.minusMonths(11), thisMonth, null, null, null)));
    }

    /** The referral figures of a year: the annual report's referred persons and the dashboard's referrals. */
    public void referrals(int year) {
        ReferredVictims referred = new ReferredVictims(jdbc());
        ReferralStatistics referrals = new ReferralStatistics(jdbc());
        StatisticsScope country = country(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null, null);
        StatisticsScope lahore = country(YearMonth.of(year, 1), YearMonth.of(year, 12), PUNJAB, LAHORE, null);
        database.time("annual report: referred persons, country (rollup)", runs, explain, () -> referred.count(country, year));
        database.time("annual report: referred persons, Lahore (detail)", runs, explain, () -> referred.count(lahore, year));
        database.time("annual report: referred persons, country (detail)", runs, explain,
                () -> referred.fromDetail(country, year));
        database.time("dashboard: referrals, country year (rollups)", runs, explain, () -> referrals.figures(country));
        database.time("dashboard: referrals, country year (detail)", runs, explain, () -> referrals.fromDetail(country));
        database.time("dashboard: referrals, Lahore year (detail)", runs, explain, () -> referrals.figures(lahore));
    }

    /** The justice figures and medians of a year, for one agency's investigations and for the country. */
    public void justice(int year, long agencyId, String agencyName) {
        JusticeStatistics justice = new JusticeStatistics(jdbc());
        StatisticsScope agency = new StatisticsScope(Reach.agency(agencyId, agencyName), YearMonth.of(year, 1),
                YearMonth.of(year, 12), null, null, null, null);
        StatisticsScope country = country(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null, null);
        database.time("justice figures, " + agencyName + " " + year, runs, explain, () -> justice.count(agency));
        database.time("justice figures, country " + year, runs, explain, () -> justice.count(country));
        database.time("justice medians, " + agencyName + " " + year, runs, explain, () -> justice.medians(agency));
        database.time("justice medians, country " + year, runs, explain, () -> justice.medians(country));
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
    }

    private static StatisticsScope country(YearMonth from, YearMonth to, String province, String district, AgencyType type) {
        return new StatisticsScope(Reach.country(), from, to, province, district, type, null);
    }
}
