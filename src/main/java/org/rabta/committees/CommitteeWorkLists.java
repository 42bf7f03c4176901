package org.rabta.committees;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.web.SqlWorkList;
import org.rabta.web.SupportedLocales;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkItems;
import org.rabta.web.WorkList;
import org.rabta.web.WorkListQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.Authentication;

/**
 * What waits on the committees a user sits on today (a term decides, not a role: a caseworker who is a committee's
 * secretary sees them): the open action items they or their agency own, the committee's other open items, the
 * escalations it received and has not resolved, and its next meeting. For an administrator: committees whose roster
 * has gaps. The committees are those {@link CommitteeAccess} opens to the user, so every link opens.
 */
@Configuration(proxyBeanMethods = false)
class CommitteeWorkLists {

    /**
     * The user's or the user's agency's action items, as {@link MeetingService} lets them close them; "is true" so
     * that an item without an owning member (a null) is not mine rather than unknown, and its negation holds.
     */
    private static final String MINE = """
            (i.owner_agency_id = :agency
             or i.owner_membership_id in (select m.id from committee_membership m where m.user_id = :user)) is true""";

    private static final String ACTION_ITEMS = """
            select i.id, i.committee_id, i.meeting_id, i.description, i.due_on, i.due_on < cast(:today as date) as late,
                   cast(:today as date) - i.due_on as days, c.name_en, c.name_ur
            from committee_action_item i join committee c on c.id = i.committee_id
            where i.status = 'OPEN' and i.committee_id in (:committees) and %s""";

    @Bean
    @Order(130)
    WorkList myActionItems(JdbcOperations jdbc, CommitteeAccess access) {
        String sql = ACTION_ITEMS.formatted(MINE);
        return new SqlWorkList("myActionItems", jdbc, authentication -> sitting(authentication, access, (user, params) ->
                new WorkListQuery(sql, params, "due_on, id", CommitteeWorkLists::actionItem)));
    }

    @Bean
    @Order(500)
    WorkList committeeActionItems(JdbcOperations jdbc, CommitteeAccess access) {
        String sql = ACTION_ITEMS.formatted("not (" + MINE + ")");
        return new SqlWorkList("committeeActionItems", jdbc, authentication -> sitting(authentication, access, (user, params) ->
                new WorkListQuery(sql, params, "due_on, id", CommitteeWorkLists::actionItem)));
    }

    @Bean
    @Order(520)
    WorkList committeeEscalations(JdbcOperations jdbc, CommitteeAccess access) {
        return new SqlWorkList("committeeEscalations", jdbc, authentication -> sitting(authentication, access, (user, params) ->
                new WorkListQuery("""
                        select e.id, e.to_committee_id, e.issue, e.escalated_at,
                               cast(:today as date) - cast(e.escalated_at as date) as days, c.name_en, c.name_ur
                        from committee_escalation e join committee c on c.id = e.to_committee_id
                        where e.status = 'OPEN' and e.to_committee_id in (:committees)""", params, "escalated_at, id",
                        (rs, row) -> new WorkItem("/committees/" + rs.getLong("to_committee_id"), rs.getString("issue"), null,
                                committee(rs), rs.getLong("days"), false))));
    }

    @Bean
    @Order(530)
    WorkList nextMeetings(JdbcOperations jdbc, CommitteeAccess access) {
        return new SqlWorkList("nextMeetings", jdbc, authentication -> sitting(authentication, access, (user, params) ->
                new WorkListQuery("""
                        select * from (select distinct on (m.committee_id) m.id, m.committee_id, m.held_on, m.place, c.name_en, c.name_ur
                                       from committee_meeting m join committee c on c.id = m.committee_id
                                       where m.committee_id in (:committees) and m.held_on >= cast(:today as date)
                                       order by m.committee_id, m.held_on, m.id) next""", params, "held_on, id",
                        (rs, row) -> new WorkItem("/committees/" + rs.getLong("committee_id") + "/meetings/" + rs.getLong("id"),
                                committeeName(rs), null, new DefaultMessageSourceResolvable(new String[] {"home.work.nextMeetings.detail"},
                                        new Object[] {rs.getDate("held_on").toLocalDate().toString(), rs.getString("place")}),
                                null, false))));
    }

    @Bean
    @Order(810)
    WorkList rosterGaps(RosterService rosters) {
        return new WorkList() {
            @Override
            public String name() {
                return "rosterGaps";
            }

            @Override
            public WorkItems find(Authentication authentication, int offset, int limit) {
                if (!(authentication.getPrincipal() instanceof RabtaUser user && user.hasRole(Role.ADMIN))) {
                    return WorkItems.NONE;
                }
                List<Roster> withGaps = rosters.activeRosters(user).stream().filter(roster -> roster.gaps().any()).toList();
                return new WorkItems(withGaps.stream().skip(Math.max(offset, 0)).limit(Math.max(limit, 0))
                        .map(CommitteeWorkLists::gaps).toList(), withGaps.size());
            }
        };
    }

    private static WorkItem gaps(Roster roster) {
        Roster.Gaps gaps = roster.gaps();
        return new WorkItem("/committees/" + roster.committee().getId(), roster.committee().name(LocaleContextHolder.getLocale()),
                null, new DefaultMessageSourceResolvable(new String[] {"home.work.rosterGaps.detail"}, new Object[] {
                        gaps.noChair() ? 1 : 0, gaps.noSecretary() ? 1 : 0, gaps.missingSectors().size(), gaps.endingSoon().size()}),
                null, false);
    }

    private static WorkItem actionItem(ResultSet rs, int row) throws SQLException {
        boolean late = rs.getBoolean("late");
        return new WorkItem(ActionItem.pathOf(rs.getLong("committee_id"), rs.getObject("meeting_id", Long.class)),
                rs.getString("description"), null, committee(rs), late ? rs.getLong("days") : null, late);
    }

    private static DefaultMessageSourceResolvable committee(ResultSet rs) throws SQLException {
        return new DefaultMessageSourceResolvable(new String[] {"home.work.committee"}, new Object[] {committeeName(rs)});
    }

    private static String committeeName(ResultSet rs) throws SQLException {
        return SupportedLocales.name(LocaleContextHolder.getLocale(), rs.getString("name_en"), rs.getString("name_ur"));
    }

    private interface ForMember {
        WorkListQuery query(RabtaUser user, Map<String, Object> params);
    }

    /** The query over the committees where the user holds a term today; null when they hold none. */
    private static WorkListQuery sitting(Authentication authentication, CommitteeAccess access, ForMember query) {
        if (!(authentication.getPrincipal() instanceof RabtaUser user)) {
            return null;
        }
        List<Long> committees = access.currentTerms(user).stream().map(Term::committeeId).distinct().toList();
        if (committees.isEmpty()) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("committees", committees);
        params.put("user", user.id());
        params.put("agency", user.agencyId());
        params.put("today", Date.valueOf(access.today()));
        return query.query(user, params);
    }
}
