package org.rabta.investigations;

/** The form that links a victim case to an investigation. */
public class VictimForm {

    private String caseNumber;
    private VictimRole role = VictimRole.WITNESS;
    private String protectionNeeds;

    VictimRequest toRequest() {
        return new VictimRequest(caseNumber, role, protectionNeeds);
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public VictimRole getRole() {
        return role;
    }

    public void setRole(VictimRole role) {
        this.role = role;
    }

    public String getProtectionNeeds() {
        return protectionNeeds;
    }

    public void setProtectionNeeds(String protectionNeeds) {
        this.protectionNeeds = protectionNeeds;
    }
}
