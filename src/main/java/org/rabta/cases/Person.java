package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Who the person of a case is, as the API's {@code person} object shows it (the JSON is this class's getters). The
 * columns are those of {@code victim_case}; {@link CaseField} lists each value with its rules.
 */
@Embeddable
public class Person {

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "father_or_husband_name")
    private String fatherOrHusbandName;

    private String aliases;

    /** Sex, age at identification (the one entered, or else the one the date of birth gives) and identity documents. */
    @Embedded
    private Identity identity;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String languages;

    private String disability;

    private String phone;

    private String address;

    protected Person() {
    }

    /** The person section of a validated, normalised form. */
    Person(CaseForm form, Integer ageAtIdentification) {
        this.firstName = form.getFirstName();
        this.lastName = form.getLastName();
        this.fatherOrHusbandName = form.getFatherOrHusbandName();
        this.aliases = form.getAliases();
        this.identity = new Identity(form, ageAtIdentification);
        this.dateOfBirth = form.getDateOfBirth();
        this.languages = form.getLanguages();
        this.disability = form.getDisability();
        this.phone = form.getPhone();
        this.address = form.getAddress();
    }

    void copyTo(CaseForm form) {
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setFatherOrHusbandName(fatherOrHusbandName);
        form.setAliases(aliases);
        identity.copyTo(form, dateOfBirth == null ? identity.getAgeYears() : null); // else derived from the date of birth
        form.setDateOfBirth(dateOfBirth);
        form.setLanguages(languages);
        form.setDisability(disability);
        form.setPhone(phone);
        form.setAddress(address);
    }

    /** First and last name, or null when neither is known. */
    String displayName() {
        String name = Arrays.stream(new String[] {firstName, lastName}).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
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
        return identity.getSex();
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Integer getAgeYears() {
        return identity.getAgeYears();
    }

    public String getNationality() {
        return identity.getNationality();
    }

    public String getCnic() {
        return identity.getCnic();
    }

    public String getPassportNumber() {
        return identity.getPassportNumber();
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
}
