package org.rabta.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.cases.AgeBand;
import org.rabta.cases.Sex;
import org.rabta.directory.ServiceType;
import org.rabta.web.SupportedLocales;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkListQuery;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review queue's rows over a set of areas, as pseudonymised {@link ReviewSummary summaries}: the one SQL of the
 * queue, its pages, single referrals, yes-or-no questions and overdue work list. Neither audits nor checks who asks:
 * its callers do both.
 */
@Component
@RequiredArgsConstructor
class ReviewSummaries {

    private final JdbcClient jdbc;

    /** A page of the queue over the areas, newest first, with one row more than the page when a next page exists. */
    List<ReviewSummary> pageAndOneMore(List<ReviewArea> areas, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("limit", pageable.getPageSize() + 1);
        params.put("offset", pageable.getOffset());
        return jdbc.sql(SUMMARY_SQL + " and (" + where + ") order by r.sent_at desc, r.id desc limit :limit offset :offset")
                .params(params).query(ReviewSummaries::summary).list();
    }

    /** One referral of the queue over the areas, if it is in it. */
    Optional<ReviewSummary> find(List<ReviewArea> areas, long referralId) {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("id", referralId);
        return jdbc.sql(SUMMARY_SQL + " and r.id = :id and (" + where + ")").params(params)
                .query(ReviewSummaries::summary).optional();
    }

    /** Which of the given referrals are in the queue over the areas. */
    Set<Long> queuedAmong(List<ReviewArea> areas, Collection<Long> referralIds) {
        if (areas.isEmpty() || referralIds.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("ids", referralIds);
        return Set.copyOf(jdbc.sql("select r.id from (" + SUMMARY_SQL + " and r.id in (:ids) and (" + where + ")) r")
                .params(params).query(Long.class).list());
    }

    /** Whether the queue over the areas holds a referral of the case named by the condition on {@code :case}. */
    boolean holds(List<ReviewArea> areas, String caseCondition, Object caseKey) {
        if (areas.isEmpty() || caseKey == null) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("case", caseKey);
        return jdbc.sql("select exists (" + SUMMARY_SQL + " and " + caseCondition + " and (" + where + "))")
                .params(params).query(Boolean.class).single();
    }

    /** The overdue referrals of the queue over the (non-empty) areas, as a work list's query. */
    WorkListQuery overdueWork(List<ReviewArea> areas, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("now", Timestamp.from(now));
        return new WorkListQuery("""
                select q.id, q.case_number, q.service_type, q.to_name, q.to_name_ur, q.overdue_since,
                       floor(extract(epoch from (cast(:now as timestamptz) - q.overdue_since)) / 86400)::bigint as days
                from (%s and r.overdue and (%s)) q""".formatted(SUMMARY_SQL, where),
                params, "overdue_since, id",
                (rs, row) -> WorkItem.ofCase("/review/" + rs.getLong("id"), rs.getString("case_number"),
                        new DefaultMessageSourceResolvable(new String[] {"home.work.queueOverdue.detail"}, new Object[] {
                                new DefaultMessageSourceResolvable("directory.service." + rs.getString("service_type")),
                                SupportedLocales.name(LocaleContextHolder.getLocale(), rs.getString("to_name"), rs.getString("to_name_ur"))}),
                        rs.getLong("days"), true));
    }

    /** The SQL condition for a set of areas, with its parameters: province alone, or province and district. */
    private static String areaCondition(List<ReviewArea> areas, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            ReviewArea area = areas.get(i);
            if (area.provinceCode() == null) {
                return "true";
            }
            params.put("p" + i, area.provinceCode());
            if (area.districtCode() == null) {
                parts.add("r.case_province_code = :p" + i);
            } else {
                params.put("d" + i, area.districtCode());
                parts.add("(r.case_province_code = :p" + i + " and r.case_district_code = :d" + i + ")");
            }
        }
        return String.join(" or ", parts);
    }

    /** Only pseudonymised columns are selected: the query itself cannot leak a name or an identifier. */
    private static final String SUMMARY_SQL = """
            select r.id, r.case_number, c.sex, c.age_years, r.case_district_code, r.case_province_code, r.service_type,
                   c.confirmed_determination as screening_outcome,
                   r.urgency, r.status, t.code as to_code, t.name as to_name, t.name_ur as to_name_ur,
                   f.code as from_code, f.name as from_name, f.name_ur as from_name_ur,
                   r.sent_at, r.due_at, r.accepted_at, r.declined_at, r.completed_at, r.overdue, r.overdue_since, r.child
            from referral r
            join victim_case c on c.id = r.case_id
            join agency t on t.id = r.to_agency_id
            join agency f on f.id = r.from_agency_id
            where r.sent_at is not null and (r.overdue or r.status = 'DECLINED' or r.urgency = 'EMERGENCY' or r.child)""";

    private static ReviewSummary summary(ResultSet rs, int row) throws SQLException {
        boolean overdue = rs.getBoolean("overdue");
        boolean child = rs.getBoolean("child");
        ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        List<String> reasons = new ArrayList<>();
        if (overdue) {
            reasons.add("OVERDUE");
        }
        if (status == ReferralStatus.DECLINED) {
            reasons.add("DECLINED");
        }
        if (urgency == Urgency.EMERGENCY) {
            reasons.add("EMERGENCY");
        }
        if (child) {
            reasons.add("CHILD");
        }
        return new ReviewSummary(rs.getLong("id"), rs.getString("case_number"), Sex.valueOf(rs.getString("sex")),
                AgeBand.of(rs.getObject("age_years", Integer.class)), rs.getString("case_district_code"),
                rs.getString("case_province_code"), ServiceType.valueOf(rs.getString("service_type")), urgency, status,
                rs.getString("to_code"), rs.getString("to_name"), rs.getString("to_name_ur"), rs.getString("from_code"),
                rs.getString("from_name"), rs.getString("from_name_ur"),
                instant(rs, "sent_at"), instant(rs, "due_at"), instant(rs, "accepted_at"), instant(rs, "declined_at"),
                instant(rs, "completed_at"), overdue, child, List.copyOf(reasons), rs.getString("screening_outcome"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
