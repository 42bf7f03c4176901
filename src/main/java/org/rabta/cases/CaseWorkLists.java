package org.rabta.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UsersWorkList;
import org.rabta.web.SupportedLocales;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkList;
import org.rabta.web.WorkListQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * What waits in the case registry: a caseworker's cases marked for follow-up; for a supervisor the agency's active
 * cases without a working caseworker and those with no timeline event for {@link #QUIET}; for an analyst the
 * agencies whose recent cases (identified in the last {@link #RECENT}) miss the sex, age or district of origin that statistics need. Lists of cases follow
 * the list rule of {@link CaseAccessPolicy} (the own agency's cases); the analyst's list counts cases, names none.
 */
@Configuration(proxyBeanMethods = false)
class CaseWorkLists {

    static final Duration QUIET = Duration.ofDays(30);
    static final Duration RECENT = Duration.ofDays(90);

    private static final String ACTIVE = "c.status in ('ACTIVE', 'FOLLOW_UP')";

    @Bean
    @Order(100)
    WorkList followUp(JdbcOperations jdbc) {
        String sql = """
                select c.id, c.case_number, c.identified_on from victim_case c
                where %s and c.caseworker_id = :userId and c.status = 'FOLLOW_UP'""".formatted(CaseAccessPolicy.LISTABLE_SQL);
        return UsersWorkList.of("followUp", jdbc, CaseAccessPolicy.listsAs(Role.CASEWORKER), user ->
                new WorkListQuery(sql,
                        params(user, Map.of("userId", user.id())), "identified_on, id",
                        (rs, row) -> WorkItem.ofCase("/cases/" + rs.getString("case_number"), rs.getString("case_number"),
                                null, null, false)));
    }

    @Bean
    @Order(300)
    WorkList unassignedCases(JdbcOperations jdbc) {
        // Two parts, each read through the agency's caseworker index: the cases without a caseworker, and those of each
        // deactivated one. Written as one condition with "or", PostgreSQL walked every case of the agency to find none
        // (1.5 s a home page at a million cases).
        String sql = """
                select c.id, c.case_number, c.identified_on, false as inactive from victim_case c
                where %1$s and %2$s and c.caseworker_id is null
                union all
                select c.id, c.case_number, c.identified_on, true as inactive
                from victim_case c join app_user u on u.id = c.caseworker_id and not u.active
                where %1$s and %2$s""".formatted(CaseAccessPolicy.LISTABLE_SQL, ACTIVE);
        return UsersWorkList.of("unassignedCases", jdbc, CaseAccessPolicy.listsAs(Role.SUPERVISOR), user ->
                new WorkListQuery(sql,
                        params(user, Map.of()), "identified_on, id",
                        (rs, row) -> WorkItem.ofCase("/cases/" + rs.getString("case_number"), rs.getString("case_number"),
                                new DefaultMessageSourceResolvable(rs.getBoolean("inactive")
                                        ? "home.work.unassignedCases.inactive" : "home.work.unassignedCases.none"),
                                null, false)));
    }

    @Bean
    @Order(310)
    WorkList quietCases(JdbcOperations jdbc, Clock clock) {
        // Filtered by "no event since", ordered by the index's order: the scan stops at the cap instead of computing
        // every active case's last event; the days are computed for the rows shown.
        String sql = """
                select c.id, c.case_number, c.identified_on,
                       floor(extract(epoch from (cast(:now as timestamptz) - coalesce(
                           (select max(e.occurred_at) from case_event e where e.case_id = c.id), c.created_at))) / 86400)::bigint as days
                from victim_case c
                where %s and %s and c.created_at < :since
                  and not exists (select 1 from case_event e where e.case_id = c.id and e.occurred_at >= :since)"""
                .formatted(CaseAccessPolicy.LISTABLE_SQL, ACTIVE);
        return UsersWorkList.of("quietCases", jdbc, CaseAccessPolicy.listsAs(Role.SUPERVISOR), user -> {
            Timestamp now = Timestamp.from(clock.instant());
            return new WorkListQuery(sql,
                    params(user, Map.of("now", now, "since", Timestamp.from(clock.instant().minus(QUIET)))), "identified_on, id",
                    (rs, row) -> WorkItem.ofCase("/cases/" + rs.getString("case_number"), rs.getString("case_number"),
                            null, rs.getLong("days"), false));
        });
    }

    @Bean
    @Order(700)
    WorkList incompleteCases(JdbcOperations jdbc, Clock clock) {
        return UsersWorkList.of("incompleteCases", jdbc, user -> user.hasRole(Role.ANALYST), user -> new WorkListQuery("""
                    select a.id, a.type, a.name, coalesce(a.name_ur, a.name) as name_ur, count(*) as cases from victim_case c join agency a on a.id = c.owning_agency_id
                    where c.identified_on >= cast(:since as date) and (%s)
                    group by a.id, a.type, a.name, a.name_ur""".formatted(INCOMPLETE_SQL),
                    Map.of("since", Timestamp.from(clock.instant().minus(RECENT))), "cases desc, id",
                    (rs, row) -> new WorkItem("/statistics?agencyType=" + rs.getString("type"), agencyName(rs), null,
                            new DefaultMessageSourceResolvable(new String[] {"home.work.incompleteCases.count"},
                                    new Object[] {rs.getLong("cases")}), null, false)));
    }

    /**
     * A case statistics cannot place: sex or age not recorded, or from Pakistan without a district of origin. The
     * partial index {@code victim_case_incomplete_idx} is on the same condition.
     */
    static final String INCOMPLETE_SQL =
            "c.sex = 'UNKNOWN' or c.age_years is null or (c.origin_country = 'PK' and c.origin_district_code is null)";

    /** The agency's name in the language of the page. */
    private static String agencyName(ResultSet rs) throws SQLException {
        return SupportedLocales.name(LocaleContextHolder.getLocale(), rs.getString("name"), rs.getString("name_ur"));
    }

    private static Map<String, Object> params(RabtaUser user, Map<String, Object> more) {
        Map<String, Object> params = new HashMap<>(CaseAccessPolicy.listable(user).params());
        params.putAll(more);
        return params;
    }
}
