package org.rabta.investigations;

import static org.rabta.shared.Text.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The register and edit form of an investigation; {@code version} is the one read, for the edit. */
public class InvestigationForm {

    private String firNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;
    private String districtCode;
    private Set<Offence> offences = EnumSet.noneOf(Offence.class);
    private String investigatingOfficer;
    private Long version;
    private String caseNumber;

    /** A new FIR for a victim case, with the offence its confirmed determination proposes. */
    static InvestigationForm proposed(String caseNumber, Offence offence) {
        InvestigationForm form = new InvestigationForm();
        form.caseNumber = blankToNull(caseNumber);
        if (offence != null) {
            form.offences.add(offence);
        }
        return form;
    }

    static InvestigationForm of(Investigation investigation) {
        InvestigationForm form = new InvestigationForm();
        form.firNumber = investigation.getFirNumber();
        form.registeredOn = investigation.getRegisteredOn();
        form.districtCode = investigation.getDistrictCode();
        form.offences = EnumSet.noneOf(Offence.class);
        form.offences.addAll(investigation.getOffences());
        form.investigatingOfficer = investigation.getInvestigatingOfficer();
        form.version = investigation.getVersion();
        return form;
    }

    InvestigationRequest toRequest() {
        return new InvestigationRequest(firNumber, registeredOn, districtCode, new ArrayList<>(offences), investigatingOfficer,
                caseNumber == null || caseNumber.isBlank() ? null : List.of(caseNumber), null, version);
    }

    public String getFirNumber() {
        return firNumber;
    }

    public void setFirNumber(String firNumber) {
        this.firNumber = firNumber;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public Set<Offence> getOffences() {
        return offences;
    }

    public void setOffences(Set<Offence> offences) {
        this.offences = offences == null ? EnumSet.noneOf(Offence.class) : offences;
    }

    public String getInvestigatingOfficer() {
        return investigatingOfficer;
    }

    public void setInvestigatingOfficer(String investigatingOfficer) {
        this.investigatingOfficer = investigatingOfficer;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
