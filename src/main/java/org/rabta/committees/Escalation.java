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

/** An issue a committee cannot settle at its level, sent to the committee it reports to. */
@Entity
@Table(name = "committee_escalation")
public class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_committee_id", nullable = false, updatable = false)
    private long fromCommitteeId;

    @Column(name = "to_committee_id", nullable = false, updatable = false)
    private long toCommitteeId;

    @Column(nullable = false, updatable = false)
    private String issue;

    @Column(name = "case_number", updatable = false)
    private String caseNumber;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationStatus status = EscalationStatus.OPEN;

    @Column(name = "escalated_by", nullable = false, updatable = false)
    private String escalatedBy;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant escalatedAt;

    private String response;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected Escalation() {
    }

    Escalation(long fromCommitteeId, long toCommitteeId, String issue, String caseNumber, Long referralId,
               String escalatedBy, Instant escalatedAt) {
        this.fromCommitteeId = fromCommitteeId;
        this.toCommitteeId = toCommitteeId;
        this.issue = issue;
        this.caseNumber = caseNumber;
        this.referralId = referralId;
        this.escalatedBy = escalatedBy;
        this.escalatedAt = escalatedAt;
    }

    void resolve(String response, String by, Instant at) {
        this.status = EscalationStatus.RESOLVED;
        this.response = response;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getFromCommitteeId() {
        return fromCommitteeId;
    }

    public long getToCommitteeId() {
        return toCommitteeId;
    }

    public String getIssue() {
        return issue;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Long getReferralId() {
        return referralId;
    }

    public EscalationStatus getStatus() {
        return status;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getResponse() {
        return response;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public long getVersion() {
        return version;
    }
}
