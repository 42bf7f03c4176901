package org.rabta.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UsersWorkList;
import org.rabta.web.SqlWorkList;
import org.rabta.web.SupportedLocales;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkList;
import org.rabta.web.WorkListQuery;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Referrals waiting for someone. The sending agency's caseworkers: referrals DECLINED in the last {@link #RECENT} or
 * overdue; its supervisors: referrals sent in that time on a consent override. The receiving agency (any agency
 * that receives referrals): referrals still SENT, overdue first, then by urgency; and ACCEPTED or IN_PROGRESS ones
 * without an update for {@link Referral.UPDATE_EVERY}. Each side reads these referrals while they are open
 * or sent by it, as the referral pages allow.
 */
@Configuration(proxyBeanMethods = false)
class ReferralWorkLists {

    static final Duration RECENT = Duration.ofDays(30);

    private static final String COLUMNS = """
            select r.id, r.case_number, r.service_type, r.status, r.overdue as late, a.name as agency_name,
                   coalesce(a.name_ur, a.name) as agency_name_ur, %1$s as since,
                   floor(extract(epoch from (cast(:now as timestamptz) - %1$s)) / 86400)::bigint as days""";

    @Bean
    @Order(120)
    WorkList sentReferrals(JdbcOperations jdbc, Clock clock) {
        return sentList("sentReferrals", jdbc, clock, user -> user.hasRole(Role.CASEWORKER),
                "coalesce(r.overdue_since, r.declined_at)", """
                        r.status = 'DECLINED' and r.declined_at >= :recent
                        or r.overdue and r.status in ('SENT', 'ACCEPTED', 'IN_PROGRESS')""", "late desc, since, id");
    }

    @Bean
    @Order(320)
    WorkList consentOverrides(JdbcOperations jdbc, Clock clock) {
        return sentList("consentOverrides", jdbc, clock, user -> user.hasRole(Role.SUPERVISOR), "r.sent_at",
                "r.consent_override_reason is not null and r.sent_at >= :recent", "since, id");
    }

    @Bean
    @Order(400)
    WorkList incomingReferrals(JdbcOperations jdbc, Clock clock) {
        String sql = COLUMNS.formatted("r.due_at") + """
                , case r.urgency when 'EMERGENCY' then 0 when 'HIGH' then 1 else 2 end as urgency_rank, r.urgency
                 from referral r join agency a on a.id = r.from_agency_id
                where r.to_agency_id = :agency and r.status = 'SENT'""";
        return UsersWorkList.of("incomingReferrals", jdbc, ReferralWorkLists::staff, user ->
                new WorkListQuery(sql,
                        params(user, clock), "late desc, urgency_rank, since, id",
                        (rs, row) -> item(rs, "home.work.incomingReferrals.detail", rs.getBoolean("late") ? rs.getLong("days") : null,
                                new DefaultMessageSourceResolvable("referrals.urgency." + rs.getString("urgency")))));
    }

    @Bean
    @Order(410)
    WorkList staleReferrals(JdbcOperations jdbc, Clock clock) {
        String sql = COLUMNS.formatted("r.last_activity_at") + """
                 from referral r join agency a on a.id = r.from_agency_id
                where r.to_agency_id = :agency and r.status in ('ACCEPTED', 'IN_PROGRESS') and r.last_activity_at <= :stale""";
        return UsersWorkList.of("staleReferrals", jdbc, ReferralWorkLists::staff, user ->
                new WorkListQuery(sql,
                        Map.of("agency", user.agencyId(), "now", Timestamp.from(clock.instant()),
                                "stale", Timestamp.from(clock.instant().minus(Referral.UPDATE_EVERY))),
                        "since, id", (rs, row) -> item(rs, "home.work.staleReferrals.detail", rs.getLong("days"),
                                new DefaultMessageSourceResolvable("referrals.status." + rs.getString("status")))));
    }

    @Bean
    @Order(505)
    WorkList queueOverdue(JdbcOperations jdbc, ReviewQueue queue, Clock clock) {
        return new SqlWorkList("queueOverdue", jdbc, authentication -> authentication.getPrincipal() instanceof RabtaUser user
                ? queue.overdueWork(user, clock.instant()) : null);
    }

    /**
     * A list of the referrals the user's agency sent that {@code condition} keeps, each shown by {@link #sent}, and
     * waiting {@code since} a time.
     */
    private static WorkList sentList(String name, JdbcOperations jdbc, Clock clock, Predicate<RabtaUser> who, String since,
                                     String condition, String order) {
        String sql = COLUMNS.formatted(since) + """
                 from referral r join agency a on a.id = r.to_agency_id
                where r.from_agency_id = :agency and (%s)""".formatted(condition);
        return UsersWorkList.of(name, jdbc, who, user -> new WorkListQuery(sql, params(user, clock), order, ReferralWorkLists::sent));
    }

    /** A referral this agency sent: its service, the provider, and its state. */
    private static WorkItem sent(ResultSet rs, int row) throws SQLException {
        return item(rs, "home.work.sentReferrals.detail", rs.getLong("days"),
                new DefaultMessageSourceResolvable(rs.getBoolean("late") ? "home.work.overdue" : "referrals.status." + rs.getString("status")));
    }

    private static WorkItem item(ResultSet rs, String detail, Long days, MessageSourceResolvable state) throws SQLException {
        String agency = SupportedLocales.name(LocaleContextHolder.getLocale(), rs.getString("agency_name"), rs.getString("agency_name_ur"));
        return WorkItem.ofCase("/referrals/" + rs.getLong("id"), rs.getString("case_number"),
                new DefaultMessageSourceResolvable(new String[] {detail}, new Object[] {
                        new DefaultMessageSourceResolvable("directory.service." + rs.getString("service_type")), agency, state}),
                days, rs.getBoolean("late"));
    }

    private static Map<String, Object> params(RabtaUser user, Clock clock) {
        return Map.of("agency", user.agencyId(), "now", Timestamp.from(clock.instant()),
                "recent", Timestamp.from(clock.instant().minus(RECENT)));
    }

    private static boolean staff(RabtaUser user) {
        return user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR);
    }
}
