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
 * A caseworker's note, part of the whole record that only the owning agency sees ({@link CasePart#FULL}), restricted
 * or not: the mark shows on the page and the timeline, and decides nothing about who reads the note.
 */
@Entity
@Immutable
@Table(name = "case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false)
    private String body;

    private boolean restricted;

    @Column(nullable = false)
    private String author;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseNote() {
    }

    CaseNote(long caseId, String body, boolean restricted, String author, String authorName, long agencyId, Instant createdAt) {
        this.caseId = caseId;
        this.body = body;
        this.restricted = restricted;
        this.author = author;
        this.authorName = authorName;
        this.agencyId = agencyId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getBody() {
        return body;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
