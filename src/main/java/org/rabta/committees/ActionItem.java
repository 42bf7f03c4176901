package org.rabta.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up a committee assigned, at a meeting or on the review page of a referral of its queue: what, to whom (an
 * agency, or one member's term; {@link #getOwnerUserId()} is that member's Rabta user, if any), by when, and optionally
 * the case it concerns (by case number; shown to the committee only pseudonymised). It stays among the committee's
 * open items until its owner, the chair or the secretary marks it done or dropped.
 */
@Entity
@Table(name = "committee_action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The meeting that assigned it; null for an item added on a referral's review page. */
    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_agency_id")
    private Long ownerAgencyId;

    @Column(name = "owner_membership_id")
    private Long ownerMembershipId;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    /** The free-text "who" of an item carried over from an earlier review page, which named no term or agency. */
    @Column(name = "owner_recorded_as", updatable = false)
    private String ownerRecordedAs;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionItemStatus status = ActionItemStatus.OPEN;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(Long meetingId, long committeeId, String description, Owner owner, LocalDate dueOn, String caseNumber,
               Long referralId, String createdBy, Instant createdAt) {
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.description = description;
        this.ownerAgencyId = owner.agencyId();
        this.ownerMembershipId = owner.membershipId();
        this.ownerUserId = owner.userId();
        this.dueOn = dueOn;
        this.caseNumber = caseNumber;
        this.referralId = referralId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Who owns an item: a member's term (with the term's agency, and its user unless the member is external), or an
     * agency alone.
     */
    record Owner(Long agencyId, Long membershipId, Long userId) {

        static Owner member(Membership term) {
            return new Owner(term.getAgencyId(), term.getId(), term.getUserId());
        }

        static Owner agency(long agencyId) {
            return new Owner(agencyId, null, null);
        }
    }

    void close(ActionItemStatus closedStatus, Instant at, String by) {
        this.status = closedStatus;
        this.closedAt = at;
        this.closedBy = by;
    }

    void reopen() {
        this.status = ActionItemStatus.OPEN;
        this.closedAt = null;
        this.closedBy = null;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status == ActionItemStatus.OPEN && dueOn.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    /** Where the item is kept: its meeting's minutes, or the committee's page for an item given on a review page. */
    public String path() {
        return pathOf(committeeId, meetingId);
    }

    static String pathOf(long committeeId, Long meetingId) {
        return "/committees/" + committeeId + (meetingId == null ? "" : "/meetings/" + meetingId);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    public Long getOwnerMembershipId() {
        return ownerMembershipId;
    }

    /** The owning member's Rabta user; null when an agency or an external member owns the item. */
    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public String getOwnerRecordedAs() {
        return ownerRecordedAs;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    /** The referral the item follows up, if any; its case is then {@link #getCaseNumber()}. */
    public Long getReferralId() {
        return referralId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public long getVersion() {
        return version;
    }
}
