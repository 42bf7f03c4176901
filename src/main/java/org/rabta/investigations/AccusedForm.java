package org.rabta.investigations;

import org.rabta.cases.IdentityForm;

/** The form that adds an accused person to an investigation: a name, the father's name, the role and an identity. */
public class AccusedForm extends IdentityForm {

    private String name;
    private String fatherName;
    private AccusedRole role;

    public AccusedForm() {
        setNationality("PK");
    }

    AccusedRequest toRequest() {
        return new AccusedRequest(name, fatherName, getSex(), getAgeYears(), getNationality(), getCnic(), getPassportNumber(),
                role);
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

    public AccusedRole getRole() {
        return role;
    }

    public void setRole(AccusedRole role) {
        this.role = role;
    }
}
