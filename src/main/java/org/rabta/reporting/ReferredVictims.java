package org.rabta.reporting;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;
import org.rabta.directory.AgencyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual report's referral figures: persons identified in the year with at least one referral sent in the same
 * year, in total and to a government department or an NGO. Reads {@code case_referral_sent} (V63: per case and year,
 * kept current by a trigger on referral), resolves each case to its person (the root of its linked duplicate group)
 * and applies the scope to that person's root case, as every other figure of the report does.
 */
@Component
class ReferredVictims {

    /** The three figures of the published format. */
    record Figures(long referred, long toGovernment, long toNgo) {
    }

    private final JdbcClient jdbc;

    ReferredVictims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures count(StatisticsScope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.where(params);
        params.put("year", year);
        params.put("government", AgencyType.GOVERNMENT_DEPARTMENT.name());
        params.put("ngo", AgencyType.NGO.name());
        // The same period as the scope's months, on the column itself: lets the planner skip the other years' cases.
        params.put("fromDay", Date.valueOf(scope.from().atDay(1)));
        params.put("afterDay", Date.valueOf(scope.to().plusMonths(1).atDay(1)));
        // The root cases are shaped like case_statistics (alias s), so the scope's conditions apply unchanged.
        return jdbc.sql("""
                        with sent as (
                            select coalesce(c.duplicate_of_id, c.id) as person_id, r.agency_type
                            from case_referral_sent r join victim_case c on c.id = r.case_id
                            where r.sent_year = :year
                        )
                        select count(distinct s.id) as referred,
                               count(distinct s.id) filter (where sent.agency_type = :government) as to_government,
                               count(distinct s.id) filter (where sent.agency_type = :ngo) as to_ngo
                        from sent
                        join (select v.id, date_trunc('month', v.identified_on)::date as month, v.province_code,
                                     v.district_code, v.owning_agency_id, v.identifying_agency_id
                              from victim_case v
                              where v.duplicate_of_id is null
                                and v.identified_on >= :fromDay and v.identified_on < :afterDay) s on s.id = sent.person_id
                        join agency a on a.id = s.identifying_agency_id
                        where %s""".formatted(where))
                .params(params)
                .query((rs, row) -> new Figures(rs.getLong("referred"), rs.getLong("to_government"), rs.getLong("to_ngo")))
                .single();
    }
}
