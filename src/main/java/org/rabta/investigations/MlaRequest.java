package org.rabta.investigations;

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

/** A request for mutual legal assistance or extradition, sent to or received from another country. */
@Entity
@Table(name = "mla_request")
public class MlaRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false, updatable = false)
    private long investigationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MlaKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MlaDirection direction;

    @Column(nullable = false)
    private String country;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MlaStatus status;

    @Column(name = "status_on", nullable = false)
    private LocalDate statusOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MlaRequest() {
    }

    MlaRequest(long investigationId, MlaDetails details, String createdBy, Instant createdAt) {
        this.investigationId = investigationId;
        this.kind = details.kind();
        this.direction = details.direction();
        this.country = details.country();
        this.requestedOn = details.requestedOn();
        this.subject = details.subject();
        this.status = details.status();
        this.statusOn = details.statusOn();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getInvestigationId() {
        return investigationId;
    }

    public MlaKind getKind() {
        return kind;
    }

    public MlaDirection getDirection() {
        return direction;
    }

    public String getCountry() {
        return country;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getSubject() {
        return subject;
    }

    public MlaStatus getStatus() {
        return status;
    }

    public LocalDate getStatusOn() {
        return statusOn;
    }

    public long getVersion() {
        return version;
    }
}
