package org.rabta.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the API shows it to a reader of the owning agency: {@code person}, {@code route} and {@code consent} are
 * the case's {@link Person}, {@link Route} and {@link Consent} as their getters show them. The same shape is read
 * back by {@link CaseJsonReader} for POST and PUT (the read-only properties are ignored there), so a client can
 * GET a case, change a value and PUT it.
 */
record CaseResponse(
        String caseNumber,
        CaseStatus status,
        LocalDate identifiedOn,
        String districtCode,
        String provinceCode,
        HowIdentified howIdentified,
        String externalReference,
        Person person,
        Route route,
        List<ExploitationType> exploitationTypes,
        List<ControlMethod> controlMethods,
        List<RecruitmentMethod> recruitmentMethods,
        String exploitationNotes,
        Consent consent,
        String owningAgencyCode,
        String caseworkerName,
        LocalDate closedOn,
        String closeReason,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        long version) {

    static CaseResponse of(VictimCase c, String owningAgencyCode) {
        return new CaseResponse(c.getCaseNumber(), c.getStatus(), c.getIdentifiedOn(), c.getDistrictCode(),
                c.getProvinceCode(), c.getHowIdentified(), c.getExternalReference(),
                c.getPerson(), c.getRoute(), List.copyOf(c.getExploitation().getTypes()),
                List.copyOf(c.getExploitation().getControlMethods()), List.copyOf(c.getExploitation().getRecruitmentMethods()),
                c.getExploitation().getNotes(), c.getConsent(),
                owningAgencyCode, c.getCaseworkerName(), c.getClosedOn(), c.getCloseReason(), c.getCreatedAt(),
                c.getUpdated().getAt(), c.getUpdated().getName(), c.getVersion());
    }
}
