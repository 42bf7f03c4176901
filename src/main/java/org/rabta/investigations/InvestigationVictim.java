package org.rabta.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A victim case linked to an investigation, with the victim's part in it and what protection they need. */
@Entity
@Table(name = "investigation_victim")
public class InvestigationVictim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false, updatable = false)
    private long investigationId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VictimRole role;

    @Column(name = "protection_needs")
    private String protectionNeeds;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected InvestigationVictim() {
    }

    InvestigationVictim(long investigationId, long caseId, VictimRole role, String protectionNeeds, String addedBy,
                        Instant addedAt) {
        this.investigationId = investigationId;
        this.caseId = caseId;
        this.role = role;
        this.protectionNeeds = protectionNeeds;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public long getInvestigationId() {
        return investigationId;
    }

    public long getCaseId() {
        return caseId;
    }

    public VictimRole getRole() {
        return role;
    }

    public String getProtectionNeeds() {
        return protectionNeeds;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
