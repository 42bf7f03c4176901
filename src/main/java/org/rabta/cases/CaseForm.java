package org.rabta.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Everything a caseworker records about a case, in the sections of the registration form: one property for each
 * {@link CaseField}. The same object carries the input of the screen, the API and the CSV import into
 * {@link CaseRegistration}, which normalises and validates it with {@link CaseValidator} (one set of rules for every
 * channel). A mutable bean rather than a record: about thirty fields, bound by the form and built up field by
 * field by the API and the import. The person's properties are in {@link CaseFormPerson}.
 */
public class CaseForm extends CaseFormPerson {

    // identification
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate identifiedOn;
    private String districtCode;
    private HowIdentified howIdentified;
    private String externalReference;

    // route
    private String originCountry;
    private String originDistrictCode;
    private List<String> transitCountries = new ArrayList<>();
    private String destinationCountry;
    private String destinationDistrictCode;

    // exploitation
    private Set<ExploitationType> exploitationTypes = EnumSet.noneOf(ExploitationType.class);
    private Set<ControlMethod> controlMethods = EnumSet.noneOf(ControlMethod.class);
    private Set<RecruitmentMethod> recruitmentMethods = EnumSet.noneOf(RecruitmentMethod.class);
    private String exploitationNotes;

    // consent
    private ConsentStatus consentDataProcessing = ConsentStatus.NOT_ASKED;
    private ConsentStatus consentReferral = ConsentStatus.NOT_ASKED;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentDate;
    private String consentRecordedBy;
    private String consentOnBehalfOf;

    /** The version the user loaded (edits only): a different current version means someone else saved first. */
    private Long version;

    public static CaseForm of(VictimCase c) {
        CaseForm form = new CaseForm();
        form.identifiedOn = c.getIdentifiedOn();
        form.districtCode = c.getDistrictCode();
        form.howIdentified = c.getHowIdentified();
        form.externalReference = c.getExternalReference();
        c.getPerson().copyTo(form);
        c.getRoute().copyTo(form);
        c.getExploitation().copyTo(form);
        c.getConsent().copyTo(form);
        form.version = c.getVersion();
        return form;
    }

    /** Trims text, turns blanks into null and identifiers into their stored form where they are valid. */
    public void normalise() {
        for (CaseField field : CaseField.values()) {
            field.normalise(this);
        }
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(LocalDate identifiedOn) {
        this.identifiedOn = identifiedOn;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public HowIdentified getHowIdentified() {
        return howIdentified;
    }

    public void setHowIdentified(HowIdentified howIdentified) {
        this.howIdentified = howIdentified;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public void setExternalReference(String externalReference) {
        this.externalReference = externalReference;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public void setOriginCountry(String originCountry) {
        this.originCountry = originCountry;
    }

    public String getOriginDistrictCode() {
        return originDistrictCode;
    }

    public void setOriginDistrictCode(String originDistrictCode) {
        this.originDistrictCode = originDistrictCode;
    }

    public List<String> getTransitCountries() {
        return transitCountries;
    }

    public void setTransitCountries(List<String> transitCountries) {
        this.transitCountries = transitCountries;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public void setDestinationCountry(String destinationCountry) {
        this.destinationCountry = destinationCountry;
    }

    public String getDestinationDistrictCode() {
        return destinationDistrictCode;
    }

    public void setDestinationDistrictCode(String destinationDistrictCode) {
        this.destinationDistrictCode = destinationDistrictCode;
    }

    public Set<ExploitationType> getExploitationTypes() {
        return exploitationTypes;
    }

    public void setExploitationTypes(Set<ExploitationType> exploitationTypes) {
        this.exploitationTypes = exploitationTypes == null ? EnumSet.noneOf(ExploitationType.class) : new LinkedHashSet<>(exploitationTypes);
    }

    public Set<ControlMethod> getControlMethods() {
        return controlMethods;
    }

    public void setControlMethods(Set<ControlMethod> controlMethods) {
        this.controlMethods = controlMethods == null ? EnumSet.noneOf(ControlMethod.class) : new LinkedHashSet<>(controlMethods);
    }

    public Set<RecruitmentMethod> getRecruitmentMethods() {
        return recruitmentMethods;
    }

    public void setRecruitmentMethods(Set<RecruitmentMethod> recruitmentMethods) {
        this.recruitmentMethods = recruitmentMethods == null ? EnumSet.noneOf(RecruitmentMethod.class) : new LinkedHashSet<>(recruitmentMethods);
    }

    public String getExploitationNotes() {
        return exploitationNotes;
    }

    public void setExploitationNotes(String exploitationNotes) {
        this.exploitationNotes = exploitationNotes;
    }

    public ConsentStatus getConsentDataProcessing() {
        return consentDataProcessing;
    }

    public void setConsentDataProcessing(ConsentStatus consentDataProcessing) {
        this.consentDataProcessing = consentDataProcessing;
    }

    public ConsentStatus getConsentReferral() {
        return consentReferral;
    }

    public void setConsentReferral(ConsentStatus consentReferral) {
        this.consentReferral = consentReferral;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public String getConsentRecordedBy() {
        return consentRecordedBy;
    }

    public void setConsentRecordedBy(String consentRecordedBy) {
        this.consentRecordedBy = consentRecordedBy;
    }

    public String getConsentOnBehalfOf() {
        return consentOnBehalfOf;
    }

    public void setConsentOnBehalfOf(String consentOnBehalfOf) {
        this.consentOnBehalfOf = consentOnBehalfOf;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
