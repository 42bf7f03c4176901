package org.rabta.reporting;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual report's referral figures: persons identified in the year with at least one referral sent in the same
 * year, in total and to a government department or an NGO. Never reads referral or victim_case: V75 keeps, per year
 * sent and person (the root of a linked duplicate group), the person's dimensions and referral counts
 * ({@code referred_person}), and for the country and province views a rollup of the persons referred in their
 * identification year by month, province and identifying agency type ({@code referred_person_rollup}). Both are
 * kept current by triggers in the transaction of every change and give the same numbers (StatisticsSourcesTest).
 */
@Component
@RequiredArgsConstructor
class ReferredVictims {

    /** The three figures of the published format. */
    record Figures(long referred, long toGovernment, long toNgo) {
    }

    private final JdbcClient jdbc;

    /** The figures of a scope whose months all lie in {@code year}. */
    Figures count(StatisticsScope scope, int year) {
        if (scope.from().getYear() != year || scope.to().getYear() != year) {
            throw new IllegalArgumentException("The referred persons of " + year + " are counted within that year: " + scope);
        }
        return scope.needsDetail() ? fromDetail(scope, year) : fromRollup(scope);
    }

    /** The same figures always from referred_person, whatever the scope (for comparing the two sources). */
    Figures fromDetail(StatisticsScope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.where(params);
        params.put("year", year);
        return jdbc.sql("""
                        select count(*) as referred,
                               count(*) filter (where s.government_referrals > 0) as to_government,
                               count(*) filter (where s.ngo_referrals > 0) as to_ngo
                        from referred_person s join agency a on a.id = s.identifying_agency_id
                        where s.sent_year = :year and %s""".formatted(where))
                .params(params)
                .query((rs, row) -> new Figures(rs.getLong("referred"), rs.getLong("to_government"), rs.getLong("to_ngo")))
                .single();
    }

    /** The rollup holds only persons referred in their identification year: exactly what a year's scope counts. */
    private Figures fromRollup(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.rollupWhere(params);
        return jdbc.sql("""
                        select coalesce(sum(r.persons), 0) as referred, coalesce(sum(r.to_government), 0) as to_government,
                               coalesce(sum(r.to_ngo), 0) as to_ngo
                        from referred_person_rollup r
                        where %s""".formatted(where))
                .params(params)
                .query((rs, row) -> new Figures(rs.getLong("referred"), rs.getLong("to_government"), rs.getLong("to_ngo")))
                .single();
    }
}
