package org.rabta.cases;

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
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.rabta.accounts.Stamp;
import org.rabta.shared.Childhood;

/**
 * A person identified as a possible victim of trafficking or a smuggled migrant, as one agency recorded
 * them (HTCDS-aligned). The case number never changes; the owning agency and its staff see it, nobody else.
 * What was recorded about the person, the route, the exploitation and the consent are {@link Person}, {@link Route},
 * {@link Exploitation} and {@link Consent}; {@link CaseField} lists every value a user gives, once.
 */
@Entity
@Table(name = "victim_case")
public class VictimCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status = CaseStatus.ACTIVE;

    @Column(name = "owning_agency_id", nullable = false)
    private long owningAgencyId;

    @Column(name = "caseworker_id")
    private Long caseworkerId;

    @Column(name = "caseworker_name")
    private String caseworkerName;

    @Column(name = "identifying_agency_id", nullable = false, updatable = false)
    private long identifyingAgencyId;

    @Column(name = "external_reference")
    private String externalReference;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "how_identified", nullable = false)
    private HowIdentified howIdentified;

    @Embedded
    private Person person;

    @Embedded
    private Route route;

    @Embedded
    private Exploitation exploitation;

    @Embedded
    private Consent consent;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "close_reason")
    private String closeReason;

    @Column(name = "duplicate_of_id", insertable = false, updatable = false)
    private Long duplicateOfId;

    /**
     * The outcome name of the latest confirmed screening, written by {@link CasesApi#recordConfirmedDetermination}
     * with SQL only: confirming a screening must not make a caseworker's open edit of the case stale.
     */
    @Column(name = "confirmed_determination", insertable = false, updatable = false)
    private String confirmedDetermination;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Embedded
    @EmbeddedColumnNaming("updated_%s")
    private Stamp updated;

    protected VictimCase() {
    }

    VictimCase(String caseNumber, long owningAgencyId, long identifyingAgencyId, Instant now, String username, String userFullName) {
        this.caseNumber = caseNumber;
        this.owningAgencyId = owningAgencyId;
        this.identifyingAgencyId = identifyingAgencyId;
        this.createdAt = now;
        this.createdBy = username;
        touch(now, username, userFullName);
    }

    /** Copies a validated, normalised form; the province comes from the district. */
    void apply(CaseForm form, String provinceCode, Integer ageAtIdentification) {
        this.identifiedOn = form.getIdentifiedOn();
        this.districtCode = form.getDistrictCode();
        this.provinceCode = provinceCode;
        this.howIdentified = form.getHowIdentified();
        if (form.getExternalReference() != null) {
            this.externalReference = form.getExternalReference();
        }
        this.person = new Person(form, ageAtIdentification);
        this.route = new Route(form);
        this.exploitation = new Exploitation(form);
        this.consent = new Consent(form);
    }

    void assignTo(Long caseworkerId, String caseworkerName) {
        this.caseworkerId = caseworkerId;
        this.caseworkerName = caseworkerName;
    }

    void setStatus(CaseStatus status) {
        this.status = status;
    }

    void close(CaseStatus closedStatus, LocalDate on, String reason) {
        this.status = closedStatus;
        this.closedOn = on;
        this.closeReason = reason;
    }

    void reopen() {
        this.status = CaseStatus.ACTIVE;
        this.closedOn = null;
        this.closeReason = null;
    }

    void touch(Instant now, String username, String userFullName) {
        this.updated = new Stamp(username, userFullName, now);
    }

    /** Child at identification (under 18), or null when the age is unknown. */
    public Boolean isChild() {
        Integer age = person.getAgeYears();
        return Childhood.isChild(age);
    }

    public String displayName() {
        return person.displayName();
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public long getOwningAgencyId() {
        return owningAgencyId;
    }

    public Long getCaseworkerId() {
        return caseworkerId;
    }

    public String getCaseworkerName() {
        return caseworkerName;
    }

    public long getIdentifyingAgencyId() {
        return identifyingAgencyId;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public HowIdentified getHowIdentified() {
        return howIdentified;
    }

    public Person getPerson() {
        return person;
    }

    public Route getRoute() {
        return route;
    }

    public Exploitation getExploitation() {
        return exploitation;
    }

    public Consent getConsent() {
        return consent;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public String getConfirmedDetermination() {
        return confirmedDetermination;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Stamp getUpdated() {
        return updated;
    }
}
