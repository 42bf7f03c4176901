package org.rabta.cases;

/**
 * The form fields of an {@link Identity}, shared by the case form (through {@link CaseFormPerson}) and the form that
 * adds an accused person to an investigation. A superclass so that the property names stay flat ({@code cnic}, not
 * {@code identity.cnic}), as the screens, their error messages and the edit history name them.
 */
public abstract class IdentityForm {

    private Sex sex;
    private Integer ageYears;
    private String nationality;
    private String cnic;
    private String passportNumber;

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
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
}
