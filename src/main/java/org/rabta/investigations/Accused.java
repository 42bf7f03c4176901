package org.rabta.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.rabta.cases.Identity;

/**
 * A person accused in an investigation. The dates of the first arrest, charge sheet and verdict, the first and the
 * latest verdict and the next hearing are kept here from the {@link AccusedEvent}s (see {@link #apply}), for lists, the
 * court calendar and statistics.
 */
@Entity
@Table(name = "accused")
public class Accused {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false, updatable = false)
    private long investigationId;

    @Column(name = "registering_agency_id", nullable = false, updatable = false)
    private long registeringAgencyId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(name = "father_name")
    private String fatherName;

    @Embedded
    private Identity identity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccusedRole role;

    @Column(name = "first_arrested_on")
    private LocalDate firstArrestedOn;

    @Column(name = "first_charge_sheet_on")
    private LocalDate firstChargeSheetOn;

    @Column(name = "first_verdict_on")
    private LocalDate firstVerdictOn;

    /** What the first verdict was: the statistics count a conviction or an acquittal by it, whatever an appeal makes of it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "first_verdict")
    private AccusedEventType firstVerdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "latest_verdict")
    private AccusedEventType latestVerdict;

    @Column(name = "next_hearing_on")
    private LocalDate nextHearingOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Accused() {
    }

    Accused(Investigation investigation, int position, AccusedPerson person, String createdBy, Instant createdAt) {
        this.investigationId = investigation.getId();
        this.registeringAgencyId = investigation.getRegisteringAgencyId();
        this.position = position;
        this.name = person.name();
        this.fatherName = person.fatherName();
        this.identity = person.identity();
        this.role = person.role();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Brings the summary up to date with an event just recorded (events arrive in date order: see {@link AccusedPath}). */
    void apply(AccusedEvent event) {
        LocalDate on = event.getOccurredOn();
        switch (event.getType()) {
            case ARRESTED -> firstArrestedOn = firstArrestedOn == null ? on : firstArrestedOn;
            case CHARGE_SHEET -> firstChargeSheetOn = firstChargeSheetOn == null ? on : firstChargeSheetOn;
            case APPEALED -> latestVerdict = null;
            default -> {
                if (event.getType().verdict()) {
                    if (firstVerdictOn == null) {
                        firstVerdictOn = on;
                        firstVerdict = event.getType();
                    }
                    latestVerdict = event.getType();
                }
            }
        }
        if (event.getType() == AccusedEventType.HEARING || event.getType() == AccusedEventType.CHARGE_SHEET) {
            nextHearingOn = event.getNextHearingOn();
        } else if (event.getType().verdict() || event.getType() == AccusedEventType.DIED) {
            nextHearingOn = null;
        }
    }

    public Long getId() {
        return id;
    }

    public long getInvestigationId() {
        return investigationId;
    }

    public long getRegisteringAgencyId() {
        return registeringAgencyId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getFatherName() {
        return fatherName;
    }

    /** Sex, age and identity documents, as a victim's record keeps them. */
    public Identity getIdentity() {
        return identity;
    }

    public AccusedRole getRole() {
        return role;
    }

    public LocalDate getFirstArrestedOn() {
        return firstArrestedOn;
    }

    public LocalDate getFirstChargeSheetOn() {
        return firstChargeSheetOn;
    }

    public LocalDate getFirstVerdictOn() {
        return firstVerdictOn;
    }

    public AccusedEventType getFirstVerdict() {
        return firstVerdict;
    }

    /** The verdict in force: null before the first, and again while an appeal against it is pending. */
    public AccusedEventType getLatestVerdict() {
        return latestVerdict;
    }

    public LocalDate getNextHearingOn() {
        return nextHearingOn;
    }

    public long getVersion() {
        return version;
    }
}
