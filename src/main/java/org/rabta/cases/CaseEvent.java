package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of a case's timeline. {@code type} is a {@link CaseEventType} name, or a type another feature
 * adds (e.g. SCREENED, REFERRED); {@code details} depends on the type (for EDITED: the changed field names);
 * {@code subject} names the record of another feature the entry is about, which the case page links to.
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
    private String type;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    private String details;

    /** The record the entry is about, named by the feature that recorded it ("referral:12"); null for the case itself. */
    private String subject;

    protected CaseEvent() {
    }

    CaseEvent(long caseId, Instant occurredAt, String type, String actor, String actorName, String details, String subject) {
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

    public String getType() {
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
}
