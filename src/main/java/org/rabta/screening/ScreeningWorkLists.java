package org.rabta.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UsersWorkList;
import org.rabta.cases.CaseAccessPolicy;
import org.rabta.cases.ReadableCases;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkList;
import org.rabta.web.WorkListQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Screenings waiting for someone: the author's screenings a supervisor RETURNED, and the agency's SUBMITTED ones
 * awaiting a supervisor's confirmation, oldest first with the days they have waited. Both are screenings of the
 * agency's own cases (the case list's rule, {@link CaseAccessPolicy#listable}); the partial index
 * {@code screening_waiting_idx} holds exactly the screenings in these two states.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningWorkLists {

    /**
     * The status is written into the SQL, not passed as a parameter: with a parameter PostgreSQL cannot know that the
     * partial index applies, so it planned the statement afresh on every page (custom plans, about a millisecond each
     * at a million cases) instead of reusing one plan per connection.
     */
    private static final String WAITING_SQL = """
            select s.id, s.case_number, s.%1$s as since,
                   floor(extract(epoch from (cast(:now as timestamptz) - s.%1$s)) / 86400)::bigint as days
            from screening s join victim_case c on c.id = s.case_id
            where s.status = '%3$s' and %2$s""";

    @Bean
    @Order(110)
    WorkList returnedScreenings(JdbcOperations jdbc, Clock clock) {
        return UsersWorkList.of("returnedScreenings", jdbc, CaseAccessPolicy.listsAs(Role.CASEWORKER), user ->
                query(user, clock, "reviewed_at", ScreeningStatus.RETURNED, " and s.submitted_by = :username",
                        Map.of("username", user.username())));
    }

    @Bean
    @Order(200)
    WorkList screeningsToConfirm(JdbcOperations jdbc, Clock clock) {
        return UsersWorkList.of("screeningsToConfirm", jdbc, CaseAccessPolicy.listsAs(Role.SUPERVISOR), user ->
                query(user, clock, "submitted_at", ScreeningStatus.SUBMITTED, "", Map.of()));
    }

    private static WorkListQuery query(RabtaUser user, Clock clock, String since, ScreeningStatus status, String more,
                                       Map<String, Object> moreParams) {
        ReadableCases readable = CaseAccessPolicy.listable(user);
        Map<String, Object> params = new HashMap<>(readable.params());
        params.putAll(moreParams);
        params.put("now", Timestamp.from(clock.instant()));
        return new WorkListQuery(WAITING_SQL.formatted(since, readable.where(), status.name()) + more, params, "since, id",
                (rs, row) -> WorkItem.ofCase("/cases/" + rs.getString("case_number") + "/screenings/" + rs.getLong("id"),
                        rs.getString("case_number"), null, rs.getLong("days"), false));
    }
}
