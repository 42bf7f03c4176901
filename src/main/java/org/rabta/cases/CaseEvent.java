package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import org.hibernate.annotations.Immutable;

/**
 * One entry of a case's timeline. {@code details} depends on the {@link CaseEventType} (for EDITED: the changed
 * field names); {@code subject} names the record of another feature the entry is about, which the case page links to.
 */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private CaseEventType type;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    private String details;

    /** The record the entry is about, named by the feature that recorded it ("referral:12"); null for the case itself. */
    private String subject;

    protected CaseEvent() {
    }

    CaseEvent(long caseId, Instant occurredAt, CaseEventType type, String actor, String actorName, String details, String subject) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.actorName = actorName;
        this.details = details;
        this.subject = subject;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public CaseEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getDetails() {
        return details;
    }

    public String getSubject() {
        return subject;
    }

    /** What the case page shows of the entry's details, which depend on its type: {@link DetailsShown#NONE} if nothing. */
    public DetailsShown detailsShown() {
        if (details == null) {
            return DetailsShown.NONE;
        }
        return switch (type) {
            case EDITED -> DetailsShown.CHANGED_FIELDS;
            case STATUS_CHANGED -> DetailsShown.STATUS_CHANGE;
            case CLOSED -> closedAs() != null ? DetailsShown.CLOSURE : DetailsShown.TEXT;
            case REASSIGNED, DUPLICATE_LINKED, ATTACHMENT_ADDED, REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_DECLINED,
                 REFERRAL_IN_PROGRESS, REFERRAL_COMPLETED, REFERRAL_WITHDRAWN -> DetailsShown.TEXT;
            case SCREENING_DETERMINED, SCREENING_CONFIRMED, SCREENING_RETURNED -> DetailsShown.SCREENING_OUTCOME;
            case NOTE_ADDED -> "restricted".equals(details) ? DetailsShown.RESTRICTED_NOTE : DetailsShown.NONE;
            case REGISTERED, IMPORTED, REOPENED, AGENCY_INFORMED -> DetailsShown.NONE;
        };
    }

    /**
     * How {@code details} reads: the changed fields' names, "from,to" statuses, free text, a closure ("CLOSED_REFERRED:
     * reason"), a screening outcome, or the mark of a restricted note.
     */
    public enum DetailsShown {
        CHANGED_FIELDS, STATUS_CHANGE, TEXT, CLOSURE, SCREENING_OUTCOME, RESTRICTED_NOTE, NONE
    }

    /** The status a closure's details begin with ("CLOSED_REFERRED: reason"), so that a page can say it in words. */
    public CaseStatus closedAs() {
        int colon = details == null ? -1 : details.indexOf(": ");
        if (type != CaseEventType.CLOSED || colon < 0) {
            return null;
        }
        String status = details.substring(0, colon);
        return Arrays.stream(CaseStatus.values()).filter(CaseStatus::isClosed).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
    }

    /** A closure's reason, as the supervisor wrote it; null where the details name no status. */
    public String closeReason() {
        return closedAs() == null ? null : details.substring(details.indexOf(": ") + 2);
    }
}
