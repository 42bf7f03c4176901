package org.rabta.investigations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A crime under investigation: the FIR (first information report) a law-enforcement agency registered, the district,
 * the offences it names and the investigating officer. Owned by the registering agency, the only one that reads it.
 */
@Entity
@Table(name = "investigation")
public class Investigation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fir_number", nullable = false)
    private String firNumber;

    @Column(name = "registering_agency_id", nullable = false, updatable = false)
    private long registeringAgencyId;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "investigating_officer")
    private String investigatingOfficer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "investigation_offence", joinColumns = @JoinColumn(name = "investigation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "offence_code", nullable = false)
    private Set<Offence> offences = EnumSet.noneOf(Offence.class);

    @Column(name = "first_charge_sheet_on")
    private LocalDate firstChargeSheetOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Investigation() {
    }

    Investigation(long registeringAgencyId, String createdBy, Instant createdAt) {
        this.registeringAgencyId = registeringAgencyId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void describe(InvestigationDetails details, Instant at) {
        this.firNumber = details.firNumber();
        this.districtCode = details.districtCode();
        this.registeredOn = details.registeredOn();
        this.investigatingOfficer = details.investigatingOfficer();
        this.offences = details.offences().isEmpty() ? EnumSet.noneOf(Offence.class) : EnumSet.copyOf(details.offences());
        this.updatedAt = at;
    }

    /** Keeps the earliest charge sheet of any accused (what "stalled" asks about). */
    void chargeSheetOn(LocalDate on) {
        if (firstChargeSheetOn == null || on.isBefore(firstChargeSheetOn)) {
            firstChargeSheetOn = on;
        }
    }

    public Long getId() {
        return id;
    }

    public String getFirNumber() {
        return firNumber;
    }

    public long getRegisteringAgencyId() {
        return registeringAgencyId;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getInvestigatingOfficer() {
        return investigatingOfficer;
    }

    public Set<Offence> getOffences() {
        return offences.isEmpty() ? Set.of() : EnumSet.copyOf(offences);
    }

    public LocalDate getFirstChargeSheetOn() {
        return firstChargeSheetOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
