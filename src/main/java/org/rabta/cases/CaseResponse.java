package org.rabta.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the API shows it to a reader of the owning agency. The same shape is read back by
 * {@link CaseJsonReader} for POST and PUT (the read-only properties are ignored there), so a client can
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

    record Person(String firstName, String lastName, String fatherOrHusbandName, String aliases, Sex sex,
                  LocalDate dateOfBirth, Integer ageYears, String nationality, String cnic, String passportNumber,
                  String languages, String disability, String phone, String address) {
    }

    record Route(String originCountry, String originDistrictCode, List<String> transitCountries,
                 String destinationCountry, String destinationDistrictCode) {
    }

    record Consent(ConsentStatus dataProcessing, ConsentStatus referral, LocalDate date, String recordedBy,
                   String onBehalfOf) {
    }

    static CaseResponse of(VictimCase c, String owningAgencyCode) {
        return new CaseResponse(c.getCaseNumber(), c.getStatus(), c.getIdentifiedOn(), c.getDistrictCode(),
                c.getProvinceCode(), c.getHowIdentified(), c.getExternalReference(),
                new Person(c.getFirstName(), c.getLastName(), c.getFatherOrHusbandName(), c.getAliases(), c.getSex(),
                        c.getDateOfBirth(), c.getAgeYears(), c.getNationality(), c.getCnic(), c.getPassportNumber(),
                        c.getLanguages(), c.getDisability(), c.getPhone(), c.getAddress()),
                new Route(c.getOriginCountry(), c.getOriginDistrictCode(), c.getTransitCountries(),
                        c.getDestinationCountry(), c.getDestinationDistrictCode()),
                List.copyOf(c.getExploitationTypes()), List.copyOf(c.getControlMethods()),
                List.copyOf(c.getRecruitmentMethods()), c.getExploitationNotes(),
                new Consent(c.getConsentDataProcessing(), c.getConsentReferral(), c.getConsentDate(),
                        c.getConsentRecordedBy(), c.getConsentOnBehalfOf()),
                owningAgencyCode, c.getCaseworkerName(), c.getClosedOn(), c.getCloseReason(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getUpdatedByName() == null ? c.getUpdatedBy() : c.getUpdatedByName(), c.getVersion());
    }
}
