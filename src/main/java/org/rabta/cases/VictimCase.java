package org.rabta.cases;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person identified as a possible victim of trafficking or a smuggled migrant, as one agency recorded
 * them (HTCDS-aligned). The case number never changes; the owning agency and its staff see it, nobody else.
 * Multi-valued picklists are PostgreSQL arrays so that a filter on them is one GIN index lookup.
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

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "father_or_husband_name")
    private String fatherOrHusbandName;

    private String aliases;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "age_years")
    private Integer ageYears;

    private String nationality;

    private String cnic;

    @Column(name = "passport_number")
    private String passportNumber;

    private String languages;

    private String disability;

    private String phone;

    private String address;

    @Column(name = "origin_country")
    private String originCountry;

    @Column(name = "origin_district_code")
    private String originDistrictCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transit_countries", nullable = false, columnDefinition = "varchar(2)[]")
    private String[] transitCountries = new String[0];

    @Column(name = "destination_country")
    private String destinationCountry;

    @Column(name = "destination_district_code")
    private String destinationDistrictCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "exploitation_types", nullable = false, columnDefinition = "varchar(30)[]")
    private String[] exploitationTypes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "control_methods", nullable = false, columnDefinition = "varchar(40)[]")
    private String[] controlMethods = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recruitment_methods", nullable = false, columnDefinition = "varchar(40)[]")
    private String[] recruitmentMethods = new String[0];

    @Column(name = "exploitation_notes")
    private String exploitationNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_data_processing", nullable = false)
    private ConsentStatus consentDataProcessing = ConsentStatus.NOT_ASKED;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_referral", nullable = false)
    private ConsentStatus consentReferral = ConsentStatus.NOT_ASKED;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(name = "consent_recorded_by")
    private String consentRecordedBy;

    @Column(name = "consent_on_behalf_of")
    private String consentOnBehalfOf;

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

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_by_name")
    private String updatedByName;

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
        this.firstName = form.getFirstName();
        this.lastName = form.getLastName();
        this.fatherOrHusbandName = form.getFatherOrHusbandName();
        this.aliases = form.getAliases();
        this.sex = form.getSex();
        this.dateOfBirth = form.getDateOfBirth();
        this.ageYears = ageAtIdentification;
        this.nationality = form.getNationality();
        this.cnic = form.getCnic();
        this.passportNumber = form.getPassportNumber();
        this.languages = form.getLanguages();
        this.disability = form.getDisability();
        this.phone = form.getPhone();
        this.address = form.getAddress();
        this.originCountry = form.getOriginCountry();
        this.originDistrictCode = form.getOriginDistrictCode();
        this.transitCountries = form.getTransitCountries().toArray(String[]::new);
        this.destinationCountry = form.getDestinationCountry();
        this.destinationDistrictCode = form.getDestinationDistrictCode();
        this.exploitationTypes = names(form.getExploitationTypes());
        this.controlMethods = names(form.getControlMethods());
        this.recruitmentMethods = names(form.getRecruitmentMethods());
        this.exploitationNotes = form.getExploitationNotes();
        this.consentDataProcessing = form.getConsentDataProcessing();
        this.consentReferral = form.getConsentReferral();
        this.consentDate = form.getConsentDate();
        this.consentRecordedBy = form.getConsentRecordedBy();
        this.consentOnBehalfOf = form.getConsentOnBehalfOf();
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
        this.updatedAt = now;
        this.updatedBy = username;
        this.updatedByName = userFullName;
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enums(String[] names, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream(names).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        return set;
    }

    /** Child at identification (under 18), or null when the age is unknown. */
    public Boolean isChild() {
        return ageYears == null ? null : ageYears < CaseValidator.ADULT_AGE;
    }

    public String displayName() {
        String name = Arrays.stream(new String[] {firstName, lastName}).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
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

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFatherOrHusbandName() {
        return fatherOrHusbandName;
    }

    public String getAliases() {
        return aliases;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Integer getAgeYears() {
        return ageYears;
    }

    public String getNationality() {
        return nationality;
    }

    public String getCnic() {
        return cnic;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public String getLanguages() {
        return languages;
    }

    public String getDisability() {
        return disability;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public String getOriginDistrictCode() {
        return originDistrictCode;
    }

    public List<String> getTransitCountries() {
        return List.of(transitCountries);
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public String getDestinationDistrictCode() {
        return destinationDistrictCode;
    }

    public Set<ExploitationType> getExploitationTypes() {
        return enums(exploitationTypes, ExploitationType.class);
    }

    public Set<ControlMethod> getControlMethods() {
        return enums(controlMethods, ControlMethod.class);
    }

    public Set<RecruitmentMethod> getRecruitmentMethods() {
        return enums(recruitmentMethods, RecruitmentMethod.class);
    }

    public String getExploitationNotes() {
        return exploitationNotes;
    }

    public ConsentStatus getConsentDataProcessing() {
        return consentDataProcessing;
    }

    public ConsentStatus getConsentReferral() {
        return consentReferral;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public String getConsentRecordedBy() {
        return consentRecordedBy;
    }

    public String getConsentOnBehalfOf() {
        return consentOnBehalfOf;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }
}
