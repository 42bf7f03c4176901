package org.rabta.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.geography.GeographyService;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.web.WorkListQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee review queue: referrals inside the member's jurisdiction that are overdue, declined, EMERGENCY or
 * for a child (under 18 when referred), as pseudonymised {@link ReviewSummary summaries}. Every look at the queue or a
 * referral of it is audited. The review page of one referral is {@link ReviewPage}; its notes and action items are
 * {@link ReviewAdditions}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReviewQueue {

    private final ReviewSummaries summaries;
    private final GeographyService geography;
    private final Reviewers reviewers;
    private final AuditTrail audit;

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
        List<ReviewSummary> rows = summaries.pageAndOneMore(areas, pageable);
        boolean hasNext = rows.size() > pageable.getPageSize();
        List<ReviewSummary> page = hasNext ? rows.subList(0, pageable.getPageSize()) : rows;
        audit.recordRead(BulkRead.of(ReferralAuditAction.REFERRAL_REVIEW_QUEUE_VIEWED, null, terms),
                page.stream().map(ReviewSummary::caseNumber).distinct().toList());
        return new SliceImpl<>(page, pageable, hasNext);
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
        return summaries.queuedAmong(areas, referralIds);
    }

    /**
     * Whether the queue over the areas holds a referral of the case: what lets a committee see the case's
     * pseudonymised summary. A yes or no only, so no audited read.
     */
    public boolean holdsCase(List<ReviewArea> areas, String caseNumber) {
        return summaries.holds(areas, "r.case_number = :case", caseNumber);
    }

    /** {@link #holdsCase(List, String)} by the case's id. */
    public boolean holdsCase(List<ReviewArea> areas, long caseId) {
        return summaries.holds(areas, "r.case_id = :case", caseId);
    }

    /**
     * The overdue referrals of the user's queue (its areas by {@link ReviewJurisdictions}: a current committee term),
     * as a work list's query; null when the user reviews nowhere.
     */
    WorkListQuery overdueWork(RabtaUser member, Instant now) {
        List<ReviewArea> areas = reviewers.areasOf(member);
        return areas.isEmpty() ? null : summaries.overdueWork(areas, now);
    }

    /**
     * A referral of the user's queue, whatever their roles: {@link ReviewJurisdictions} alone says where they review
     * (a caseworker who is a committee's secretary reviews its jurisdiction), so a note or an action item is refused
     * exactly where the page is. Not audited: the caller audits what it does with it.
     */
    ReviewSummary inQueue(RabtaUser member, long referralId) {
        return inAreas(reviewers.areasOf(member), referralId);
    }

    private ReviewSummary inAreas(List<ReviewArea> areas, long referralId) {
        return summaries.find(areas, referralId).orElseThrow(() -> new RecordNotFoundException("Referral", referralId));
    }

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
}
