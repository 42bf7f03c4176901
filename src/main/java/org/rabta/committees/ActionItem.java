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
 * A follow-up a meeting assigned: what, to whom (an agency, or one member's term), by when, and optionally the
 * case it concerns (by case number; shown to the committee only pseudonymised).
 */
@Entity
@Table(name = "committee_action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_agency_id")
    private Long ownerAgencyId;

    @Column(name = "owner_membership_id")
    private Long ownerMembershipId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionItemStatus status = ActionItemStatus.OPEN;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(long meetingId, long committeeId, String description, Long ownerAgencyId, Long ownerMembershipId,
               LocalDate dueOn, String caseNumber) {
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.description = description;
        this.ownerAgencyId = ownerAgencyId;
        this.ownerMembershipId = ownerMembershipId;
        this.dueOn = dueOn;
        this.caseNumber = caseNumber;
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

    public long getMeetingId() {
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

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public String getCaseNumber() {
        return caseNumber;
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
