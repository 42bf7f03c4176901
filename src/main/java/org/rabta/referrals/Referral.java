package org.rabta.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.rabta.directory.ServiceType;
import org.rabta.notifications.Notice;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.Subject;

/** A referral of one victim case from one agency to another for one service. Its moves go through {@link ReferralMoves}. */
@Entity
@Table(name = "referral")
public class Referral {

    /** How long an accepted or in-progress referral may go without an update before it is overdue. */
    static final Duration UPDATE_EVERY = Duration.ofDays(14);

    /**
     * How long after a referral ends the receiving agency may still read it and its limited case view; none after a
     * withdrawal before acceptance ({@link #receiverAccessEnds()}).
     */
    static final Duration RECEIVER_WINDOW = Duration.ofDays(90);

    /** The longest message, outcome note or progress note; a reason (decline, withdrawal, consent override) is shorter. */
    static final int MAX_MESSAGE = 2000;
    static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "case_province_code", nullable = false, updatable = false)
    private String caseProvinceCode;

    @Column(name = "case_district_code", nullable = false, updatable = false)
    private String caseDistrictCode;

    @Column(nullable = false, updatable = false)
    private boolean child;

    @Column(name = "from_agency_id", nullable = false, updatable = false)
    private long fromAgencyId;

    @Column(name = "to_agency_id", nullable = false, updatable = false)
    private long toAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, updatable = false)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status = ReferralStatus.DRAFT;

    private String message;

    @Column(name = "consent_override_reason")
    private String consentOverrideReason;

    @Column(name = "consent_override_by")
    private String consentOverrideBy;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "services_delivered")
    private String servicesDelivered;

    @Column(name = "withdraw_reason")
    private String withdrawReason;

    @Column(name = "replaces_referral_id", updatable = false)
    private Long replacesReferralId;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private long createdById;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "overdue_since")
    private Instant overdueSince;

    @Version
    private long version;

    protected Referral() {
    }

    Referral(long caseId, String caseNumber, String caseProvinceCode, String caseDistrictCode, boolean child,
             long fromAgencyId, long toAgencyId, ServiceType serviceType, Urgency urgency, String message,
             Long replacesReferralId, long createdById, String createdByName, Instant now) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.caseProvinceCode = caseProvinceCode;
        this.caseDistrictCode = caseDistrictCode;
        this.child = child;
        this.fromAgencyId = fromAgencyId;
        this.toAgencyId = toAgencyId;
        this.serviceType = serviceType;
        this.urgency = urgency;
        this.message = message;
        this.replacesReferralId = replacesReferralId;
        this.createdById = createdById;
        this.createdByName = createdByName;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    void overrideConsent(String reason, String supervisorName) {
        this.consentOverrideReason = reason;
        this.consentOverrideBy = supervisorName;
    }

    /**
     * Applies a move the service has checked. Every move counts as activity and clears "overdue": the next
     * deadline (acceptance, or the next update) starts from here.
     */
    void apply(ReferralAction action, String text, String servicesDelivered, Instant now) {
        switch (action) {
            case SEND -> {
                sentAt = now;
                dueAt = now.plus(urgency.acceptWithin());
            }
            case ACCEPT -> acceptedAt = now;
            case DECLINE -> {
                declinedAt = now;
                declineReason = text;
            }
            case START -> startedAt = now;
            case COMPLETE -> {
                completedAt = now;
                outcomeNote = text;
                this.servicesDelivered = servicesDelivered;
            }
            case WITHDRAW -> {
                withdrawnAt = now;
                withdrawReason = text;
            }
            case NOTE -> {
                // a progress update: no state change
            }
        }
        status = action.target(status);
        if (status.isEnded()) {
            endedAt = now;
        }
        lastActivityAt = now;
        overdue = false;
        overdueSince = null;
    }

    /**
     * Until when the receiving agency may read the referral and its summary of the case: while the referral is open
     * (null), for {@link #RECEIVER_WINDOW} after it is completed, declined, or withdrawn once accepted
     * (the agency may be housing the person), and not a moment after a withdrawal before acceptance: that referral
     * was sent to the wrong agency, which must not keep it.
     */
    public Instant receiverAccessEnds() {
        if (status == ReferralStatus.WITHDRAWN && acceptedAt == null) {
            return endedAt;
        }
        return endedAt == null ? null : endedAt.plus(RECEIVER_WINDOW);
    }

    /** The next deadline: acceptance while sent, the next update while accepted or in progress; none otherwise. */
    public Instant nextDeadline() {
        if (status == ReferralStatus.SENT) {
            return dueAt;
        }
        return status.isActive() ? lastActivityAt.plus(UPDATE_EVERY) : null;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getCaseProvinceCode() {
        return caseProvinceCode;
    }

    public String getCaseDistrictCode() {
        return caseDistrictCode;
    }

    public boolean isChild() {
        return child;
    }

    public long getFromAgencyId() {
        return fromAgencyId;
    }

    public long getToAgencyId() {
        return toAgencyId;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getConsentOverrideReason() {
        return consentOverrideReason;
    }

    public String getConsentOverrideBy() {
        return consentOverrideBy;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public String getServicesDelivered() {
        return servicesDelivered;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public Long getReplacesReferralId() {
        return replacesReferralId;
    }

    public long getCreatedById() {
        return createdById;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Instant getOverdueSince() {
        return overdueSince;
    }

    public long getVersion() {
        return version;
    }

    /** A notice about this referral: it opens the referral's page and names its case and service. */
    Notice notice(NotificationKind kind, Instant occasion) {
        return new Notice(kind, Subject.REFERRAL, id, "/referrals/" + id, caseNumber, "directory.service." + serviceType, occasion);
    }
}
