package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A person's sex, age and identity documents: what a victim's {@link Person} and an accused person of an investigation
 * both record, on columns of the same names in their tables. The identifiers are in their stored form (see
 * {@link Identifiers}); the age is the age when the person was identified or accused.
 */
@Embeddable
public class Identity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "age_years")
    private Integer ageYears;

    private String nationality;

    private String cnic;

    @Column(name = "passport_number")
    private String passportNumber;

    protected Identity() {
    }

    public Identity(Sex sex, Integer ageYears, String nationality, String cnic, String passportNumber) {
        this.sex = sex;
        this.ageYears = ageYears;
        this.nationality = nationality;
        this.cnic = cnic;
        this.passportNumber = passportNumber;
    }

    /** The identity a validated form gives, with the age worked out by the caller. */
    Identity(IdentityForm form, Integer ageYears) {
        this(form.getSex(), ageYears, form.getNationality(), form.getCnic(), form.getPassportNumber());
    }

    /** Fills the form's identity fields, the age as given. */
    void copyTo(IdentityForm form, Integer formAge) {
        form.setSex(sex);
        form.setAgeYears(formAge);
        form.setNationality(nationality);
        form.setCnic(cnic);
        form.setPassportNumber(passportNumber);
    }

    public Sex getSex() {
        return sex;
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
}
