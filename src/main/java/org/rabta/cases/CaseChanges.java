package org.rabta.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Which fields an edit changed, for the timeline (field names) and the audit trail (old and new values). */
final class CaseChanges {

    private static final Map<String, Function<CaseForm, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("identifiedOn", CaseForm::getIdentifiedOn);
        FIELDS.put("districtCode", CaseForm::getDistrictCode);
        FIELDS.put("howIdentified", CaseForm::getHowIdentified);
        FIELDS.put("firstName", CaseForm::getFirstName);
        FIELDS.put("lastName", CaseForm::getLastName);
        FIELDS.put("fatherOrHusbandName", CaseForm::getFatherOrHusbandName);
        FIELDS.put("aliases", CaseForm::getAliases);
        FIELDS.put("sex", CaseForm::getSex);
        FIELDS.put("dateOfBirth", CaseForm::getDateOfBirth);
        FIELDS.put("ageYears", CaseForm::getAgeYears);
        FIELDS.put("nationality", CaseForm::getNationality);
        FIELDS.put("cnic", CaseForm::getCnic);
        FIELDS.put("passportNumber", CaseForm::getPassportNumber);
        FIELDS.put("languages", CaseForm::getLanguages);
        FIELDS.put("disability", CaseForm::getDisability);
        FIELDS.put("phone", CaseForm::getPhone);
        FIELDS.put("address", CaseForm::getAddress);
        FIELDS.put("originCountry", CaseForm::getOriginCountry);
        FIELDS.put("originDistrictCode", CaseForm::getOriginDistrictCode);
        FIELDS.put("transitCountries", CaseForm::getTransitCountries);
        FIELDS.put("destinationCountry", CaseForm::getDestinationCountry);
        FIELDS.put("destinationDistrictCode", CaseForm::getDestinationDistrictCode);
        FIELDS.put("exploitationTypes", CaseForm::getExploitationTypes);
        FIELDS.put("controlMethods", CaseForm::getControlMethods);
        FIELDS.put("recruitmentMethods", CaseForm::getRecruitmentMethods);
        FIELDS.put("exploitationNotes", CaseForm::getExploitationNotes);
        FIELDS.put("consentDataProcessing", CaseForm::getConsentDataProcessing);
        FIELDS.put("consentReferral", CaseForm::getConsentReferral);
        FIELDS.put("consentDate", CaseForm::getConsentDate);
        FIELDS.put("consentRecordedBy", CaseForm::getConsentRecordedBy);
        FIELDS.put("consentOnBehalfOf", CaseForm::getConsentOnBehalfOf);
    }

    private CaseChanges() {
    }

    record Change(String field, Object before, Object after) {
    }

    static List<Change> between(CaseForm before, CaseForm after) {
        return FIELDS.entrySet().stream()
                .map(entry -> new Change(entry.getKey(), normal(entry.getValue().apply(before)), normal(entry.getValue().apply(after))))
                .filter(change -> !Objects.equals(change.before(), change.after()))
                .toList();
    }

    private static Object normal(Object value) {
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).sorted().toList();
        }
        return value;
    }
}
