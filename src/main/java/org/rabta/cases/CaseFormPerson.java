package org.rabta.cases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person section of the {@link CaseForm}. A superclass rather than a nested object so that the form's property
 * names stay flat ({@code firstName}, not {@code person.firstName}), as the screen, its error messages and the edit
 * history name them; it only keeps the form's class to a readable size. Sex, age and identity documents are in
 * {@link IdentityForm}, which the accused person's form shares.
 */
public abstract class CaseFormPerson extends IdentityForm {

    private String firstName;
    private String lastName;
    private String fatherOrHusbandName;
    private String aliases;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;
    private String languages;
    private String disability;
    private String phone;
    private String address;

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

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
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
}
