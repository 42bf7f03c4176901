package org.rabta.investigations;

import org.rabta.cases.Sex;

/** The form that adds an accused person to an investigation. */
public class AccusedForm {

    private String name;
    private String fatherName;
    private Sex sex;
    private Integer ageYears;
    private String nationality = "PK";
    private String cnic;
    private String passportNumber;
    private AccusedRole role;

    AccusedRequest toRequest() {
        return new AccusedRequest(name, fatherName, sex, ageYears, nationality, cnic, passportNumber, role);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFatherName() {
        return fatherName;
    }

    public void setFatherName(String fatherName) {
        this.fatherName = fatherName;
    }

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

    public AccusedRole getRole() {
        return role;
    }

    public void setRole(AccusedRole role) {
        this.role = role;
    }
}
