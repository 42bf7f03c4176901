package org.rabta.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.cases.AgeBand;
import org.rabta.cases.Sex;
import org.rabta.directory.ServiceType;
import org.rabta.geography.GeographyService;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkListQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee review queue: referrals inside the member's jurisdiction that are overdue, declined, EMERGENCY or
 * for a child (under 18 when referred), as pseudonymised {@link ReviewSummary summaries}. Members add review notes
 * and action items that both agencies see on the referral. Every look at the queue or a referral is audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReviewQueueService {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final GeographyService geography;
    private final Reviewers reviewers;
    private final ObjectProvider<ReviewActionItems> actionItems;
    private final ReferralTimeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    /** The user's own queue, over the areas {@link Reviewers} gives them; by its rule, anyone else has none. */
    @Transactional
    public Slice<ReviewSummary> reviewQueue(RabtaUser member, Pageable pageable) {
        if (!reviewers.reviews(member)) {
            throw new RecordNotFoundException("Review queue", "(no area of review)");
        }
        return reviewQueue(member, reviewers.areasOf(member), pageable);
    }

    /**
     * The queue over the given areas, newest first, one page at a time without a total count. For the committees
     * feature, which has already established the user's reach over these areas: a current term on the committee
     * whose jurisdiction they are (a term, not a role, opens a committee's queue, so a caseworker who is its
     * secretary sees it too).
     */
    @Transactional
    public Slice<ReviewSummary> reviewQueue(RabtaUser member, List<ReviewArea> areas, Pageable pageable) {
        String terms = "areas: " + inWords(areas) + ", page=" + pageable.getPageNumber();
        if (areas.isEmpty()) {
            audit.recordRead(BulkRead.of(ReferralAuditAction.REFERRAL_REVIEW_QUEUE_VIEWED, null, terms), List.of());
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("limit", pageable.getPageSize() + 1);
        params.put("offset", pageable.getOffset());
        List<ReviewSummary> rows = jdbc.sql(SUMMARY_SQL + " and (" + where + ") order by r.sent_at desc, r.id desc limit :limit offset :offset")
                .params(params).query(ReviewQueueService::summary).list();
        boolean hasNext = rows.size() > pageable.getPageSize();
        List<ReviewSummary> page = hasNext ? rows.subList(0, pageable.getPageSize()) : rows;
        audit.recordRead(BulkRead.of(ReferralAuditAction.REFERRAL_REVIEW_QUEUE_VIEWED, null, terms),
                page.stream().map(ReviewSummary::caseNumber).distinct().toList());
        return new SliceImpl<>(page, pageable, hasNext);
    }

    /**
     * One referral of the member's queue with its review notes and its action items section (none without the
     * committees feature); outside the queue it is not found. An audited read.
     */
    @Transactional
    public ReviewedReferral review(RabtaUser member, long referralId) {
        ReviewSummary summary = inQueue(member, referralId);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_REVIEW_VIEWED,
                summary.caseNumber(), "referral " + referralId));
        ReviewActionItems items = actionItems.getIfAvailable();
        return new ReviewedReferral(summary, timeline.reviews(referralId), items == null ? null : items.section(member, summary));
    }

    /**
     * One referral of the queue over the given areas (reach established by the caller, as for
     * {@link #reviewQueue(RabtaUser, List, Pageable)}); outside them it is not found. An audited read.
     */
    @Transactional
    public ReviewSummary summaryIn(List<ReviewArea> areas, long referralId) {
        ReviewSummary summary = inAreas(areas, referralId);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_REVIEW_VIEWED,
                summary.caseNumber(), "referral " + referralId));
        return summary;
    }

    /**
     * Which of the given referrals are in the queue over the areas, to link them to their review pages (which would
     * answer "not found" for the others). Ids only, so no audited read.
     */
    public Set<Long> queuedAmong(List<ReviewArea> areas, Collection<Long> referralIds) {
        if (areas.isEmpty() || referralIds.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("ids", referralIds);
        return Set.copyOf(jdbc.sql("select r.id from (" + SUMMARY_SQL + " and r.id in (:ids) and (" + where + ")) r")
                .params(params).query(Long.class).list());
    }

    /**
     * Whether the queue over the areas holds a referral of the case: what lets a committee see the case's
     * pseudonymised summary. A yes or no only, so no audited read.
     */
    public boolean holdsCase(List<ReviewArea> areas, String caseNumber) {
        return holds(areas, "r.case_number = :case", caseNumber);
    }

    /** {@link #holdsCase(List, String)} by the case's id. */
    public boolean holdsCase(List<ReviewArea> areas, long caseId) {
        return holds(areas, "r.case_id = :case", caseId);
    }

    private boolean holds(List<ReviewArea> areas, String caseCondition, Object caseKey) {
        if (areas.isEmpty() || caseKey == null) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("case", caseKey);
        return jdbc.sql("select exists (" + SUMMARY_SQL + " and " + caseCondition + " and (" + where + "))")
                .params(params).query(Boolean.class).single();
    }

    public record ReviewedReferral(ReviewSummary summary, List<ReviewEntry> reviews, ReviewActionItems.Section actionItems) {
    }

    @Transactional
    public void addNote(RabtaUser member, long referralId, String body) {
        ReviewSummary summary = inQueue(member, referralId);
        String text = required(body, "body");
        save(member, summary, text);
    }

    /**
     * An action item about a referral of the member's queue, kept by the committees feature (see
     * {@link ReviewActionItems}); told on the referral's timeline, which both agencies see.
     */
    @Transactional
    public void addActionItem(RabtaUser member, long referralId, ReviewActionItems.Request request) {
        ReviewSummary summary = inQueue(member, referralId);
        ReviewActionItems items = actionItems.getIfAvailable();
        if (items == null) {
            throw new RecordNotFoundException("Action items of referral", referralId);
        }
        String told = items.add(member, summary, request);
        timeline.add(referralId, clock.instant(), ReferralEventType.ACTION_ITEM, member.username(), member.fullName(), member.agencyCode(), told);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_ACTION_ITEM_ADDED,
                summary.caseNumber(), "referral " + referralId));
    }

    private void save(RabtaUser member, ReviewSummary summary, String text) {
        Instant now = clock.instant();
        timeline.addReview(summary.referralId(), text, member.username(), member.fullName(), now);
        timeline.add(summary.referralId(), now, ReferralEventType.REVIEW_NOTE, member.username(), member.fullName(), member.agencyCode(), text);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_REVIEW_NOTE_ADDED,
                summary.caseNumber(), "referral " + summary.referralId()));
    }

    /**
     * A referral of the user's queue, whatever their roles: {@link ReviewJurisdictions} alone says where they review
     * (a caseworker who is a committee's secretary reviews its jurisdiction), so a note or an action item is refused
     * exactly where the page is.
     */
    private ReviewSummary inQueue(RabtaUser member, long referralId) {
        return inAreas(reviewers.areasOf(member), referralId);
    }

    private ReviewSummary inAreas(List<ReviewArea> areas, long referralId) {
        if (areas.isEmpty()) {
            throw new RecordNotFoundException("Referral", referralId);
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("id", referralId);
        return jdbc.sql(SUMMARY_SQL + " and r.id = :id and (" + where + ")").params(params)
                .query(ReviewQueueService::summary).optional()
                .orElseThrow(() -> new RecordNotFoundException("Referral", referralId));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "referrals.review.error.noteRequired");
        }
        if (value.strip().length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "referrals.error.tooLong", MAX_TEXT);
        }
        return value.strip();
    }

    /**
     * The overdue referrals of the user's queue (its areas by {@link ReviewJurisdictions}: a current committee term),
     * as a work list's query; null when the user reviews nowhere.
     */
    public WorkListQuery overdueWork(RabtaUser member, Instant now) {
        List<ReviewArea> areas = reviewers.areasOf(member);
        if (areas.isEmpty()) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        String where = areaCondition(areas, params);
        params.put("now", Timestamp.from(now));
        return new WorkListQuery("""
                select q.id, q.case_number, q.service_type, q.to_name, q.overdue_since,
                       floor(extract(epoch from (cast(:now as timestamptz) - q.overdue_since)) / 86400)::bigint as days
                from (%s and r.overdue and (%s)) q""".formatted(SUMMARY_SQL, where),
                params, "overdue_since, id",
                (rs, row) -> WorkItem.ofCase("/review/" + rs.getLong("id"), rs.getString("case_number"),
                        new DefaultMessageSourceResolvable(new String[] {"home.work.queueOverdue.detail"}, new Object[] {
                                new DefaultMessageSourceResolvable("directory.service." + rs.getString("service_type")), rs.getString("to_name")}),
                        rs.getLong("days"), true));
    }

    /** The SQL condition for a set of areas, with its parameters: province alone, or province and district. */
    /** The areas as the audit trail shows them: "Lahore (PK617)", "Punjab (PK6)", "Pakistan", or "none". */
    private String inWords(List<ReviewArea> areas) {
        if (areas.isEmpty()) {
            return "none";
        }
        List<String> words = new ArrayList<>();
        for (ReviewArea area : areas) {
            if (area.provinceCode() == null) {
                words.add("Pakistan");
            } else if (area.districtCode() == null) {
                words.add(geography.province(area.provinceCode()).getNameEn() + " (" + area.provinceCode() + ")");
            } else {
                words.add(geography.findDistrict(area.districtCode()).map(district -> district.getNameEn()).orElse("district")
                        + " (" + area.districtCode() + ")");
            }
        }
        return String.join(", ", words);
    }

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
                   r.urgency, r.status, t.code as to_code, t.name as to_name, f.code as from_code, f.name as from_name,
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
                rs.getString("to_code"), rs.getString("to_name"), rs.getString("from_code"), rs.getString("from_name"),
                instant(rs, "sent_at"), instant(rs, "due_at"), instant(rs, "accepted_at"), instant(rs, "declined_at"),
                instant(rs, "completed_at"), overdue, child, List.copyOf(reasons), rs.getString("screening_outcome"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
