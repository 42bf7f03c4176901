package org.rabta.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Everything a caseworker records about a case, in the sections of the registration form. The same
 * object carries the input of the screen and the API into {@link CaseRegistration} and that of the CSV import into
 * {@link CaseImporter}, which normalise and validate it with {@link CaseValidator} (one set of rules for every channel).
 * A mutable bean rather than a record: about thirty fields, bound by the form and built up field by
 * field by the API and the import.
 */
public class CaseForm {

    // identification
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate identifiedOn;
    private String districtCode;
    private HowIdentified howIdentified;
    private String externalReference;

    // person
    private String firstName;
    private String lastName;
    private String fatherOrHusbandName;
    private String aliases;
    private Sex sex;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;
    private Integer ageYears;
    private String nationality;
    private String cnic;
    private String passportNumber;
    private String languages;
    private String disability;
    private String phone;
    private String address;

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
        form.firstName = c.getFirstName();
        form.lastName = c.getLastName();
        form.fatherOrHusbandName = c.getFatherOrHusbandName();
        form.aliases = c.getAliases();
        form.sex = c.getSex();
        form.dateOfBirth = c.getDateOfBirth();
        form.ageYears = c.getDateOfBirth() == null ? c.getAgeYears() : null; // derived from the date of birth otherwise
        form.nationality = c.getNationality();
        form.cnic = c.getCnic();
        form.passportNumber = c.getPassportNumber();
        form.languages = c.getLanguages();
        form.disability = c.getDisability();
        form.phone = c.getPhone();
        form.address = c.getAddress();
        form.originCountry = c.getOriginCountry();
        form.originDistrictCode = c.getOriginDistrictCode();
        form.transitCountries = new ArrayList<>(c.getTransitCountries());
        form.destinationCountry = c.getDestinationCountry();
        form.destinationDistrictCode = c.getDestinationDistrictCode();
        form.exploitationTypes = copy(c.getExploitationTypes(), ExploitationType.class);
        form.controlMethods = copy(c.getControlMethods(), ControlMethod.class);
        form.recruitmentMethods = copy(c.getRecruitmentMethods(), RecruitmentMethod.class);
        form.exploitationNotes = c.getExploitationNotes();
        form.consentDataProcessing = c.getConsentDataProcessing();
        form.consentReferral = c.getConsentReferral();
        form.consentDate = c.getConsentDate();
        form.consentRecordedBy = c.getConsentRecordedBy();
        form.consentOnBehalfOf = c.getConsentOnBehalfOf();
        form.version = c.getVersion();
        return form;
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** Trims text, turns blanks into null and identifiers into their stored form where they are valid. */
    void normalise() {
        districtCode = clean(districtCode);
        externalReference = clean(externalReference);
        firstName = clean(firstName);
        lastName = clean(lastName);
        fatherOrHusbandName = clean(fatherOrHusbandName);
        aliases = clean(aliases);
        nationality = upper(nationality);
        cnic = clean(cnic);
        cnic = cnic == null ? null : Identifiers.normaliseCnic(cnic).orElse(cnic);
        passportNumber = clean(passportNumber);
        passportNumber = passportNumber == null ? null : Identifiers.normalisePassport(passportNumber).orElse(passportNumber);
        languages = clean(languages);
        disability = clean(disability);
        phone = clean(phone);
        phone = phone == null ? null : Identifiers.normalisePhone(phone).orElse(phone);
        address = clean(address);
        originCountry = upper(originCountry);
        originDistrictCode = clean(originDistrictCode);
        List<String> transit = new ArrayList<>();
        if (transitCountries != null) {
            for (String country : transitCountries) {
                String code = upper(country);
                if (code != null && !transit.contains(code)) {
                    transit.add(code);
                }
            }
        }
        transitCountries = transit;
        destinationCountry = upper(destinationCountry);
        destinationDistrictCode = clean(destinationDistrictCode);
        exploitationTypes = exploitationTypes == null ? EnumSet.noneOf(ExploitationType.class) : exploitationTypes;
        controlMethods = controlMethods == null ? EnumSet.noneOf(ControlMethod.class) : controlMethods;
        recruitmentMethods = recruitmentMethods == null ? EnumSet.noneOf(RecruitmentMethod.class) : recruitmentMethods;
        exploitationNotes = clean(exploitationNotes);
        consentDataProcessing = consentDataProcessing == null ? ConsentStatus.NOT_ASKED : consentDataProcessing;
        consentReferral = consentReferral == null ? ConsentStatus.NOT_ASKED : consentReferral;
        consentRecordedBy = clean(consentRecordedBy);
        consentOnBehalfOf = clean(consentOnBehalfOf);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toUpperCase(java.util.Locale.ROOT);
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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFatherOrHusbandName() {
        return fatherOrHusbandName;
    }

    public void setFatherOrHusbandName(String fatherOrHusbandName) {
        this.fatherOrHusbandName = fatherOrHusbandName;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Integer getAgeYears() {
        return ageYears;
    }

    public void setAgeYears(Integer ageYears) {
        this.ageYears = ageYears;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getCnic() {
        return cnic;
    }

    public void setCnic(String cnic) {
        this.cnic = cnic;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getDisability() {
        return disability;
    }

    public void setDisability(String disability) {
        this.disability = disability;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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
