package org.rabta.cases.synthetic;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rabta.cases.CaseField;
import org.rabta.cases.CaseForm;

/**
 * One made-up case with its notes and attachments, as the registration form, the notes and the uploads would have
 * stored it: normalised values (CNIC with dashes, phone in E.164, picklists sorted), age at identification
 * derived from the date of birth when there is one. The loader adds the id and the case number. Each
 * {@link CaseField} is the accessor of its property's name ({@code firstName()}), choices by name, so that
 * {@link #form()} can hand the case to the registration's rules.
 */
record SyntheticCase(
        SyntheticCaseGenerator.Owner owner,
        SyntheticCaseGenerator.Staff caseworker,
        String status,
        LocalDate identifiedOn,
        SyntheticCaseGenerator.Place district,
        String howIdentified,
        String firstName,
        String lastName,
        String fatherOrHusbandName,
        String aliases,
        String sex,
        LocalDate dateOfBirth,
        Integer ageYears,
        String nationality,
        String cnic,
        String passportNumber,
        String languages,
        String disability,
        String phone,
        String address,
        String originCountry,
        String originDistrictCode,
        List<String> transitCountries,
        String destinationCountry,
        String destinationDistrictCode,
        List<String> exploitationTypes,
        List<String> controlMethods,
        List<String> recruitmentMethods,
        String exploitationNotes,
        String consentDataProcessing,
        String consentReferral,
        LocalDate consentDate,
        String consentRecordedBy,
        String consentOnBehalfOf,
        LocalDate closedOn,
        String closeReason,
        Instant closedAt,
        Instant followUpAt,
        Instant createdAt,
        Instant updatedAt,
        List<Note> notes,
        List<Attachment> attachments) {

    record Note(String body, boolean restricted, Instant at) {
    }

    record Attachment(String fileName, String description, Instant at) {
    }

    private static final Map<CaseField, Method> ACCESSORS = accessors();

    /** The case as the registration form would carry it. */
    CaseForm form() {
        CaseForm form = new CaseForm();
        ACCESSORS.forEach((field, accessor) -> {
            try {
                field.setStored(form, accessor.invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + field.property() + " of a synthetic case", e);
            }
        });
        return form;
    }

    private static Map<CaseField, Method> accessors() {
        Map<CaseField, Method> accessors = new EnumMap<>(CaseField.class);
        for (CaseField field : CaseField.values()) {
            try {
                accessors.put(field, SyntheticCase.class.getDeclaredMethod(field.property()));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A synthetic case has no " + field.property() + "()", e);
            }
        }
        return accessors;
    }

    String districtCode() {
        return district.code();
    }

    /** Made-up cases come from no other register. */
    String externalReference() {
        return null;
    }

    boolean closed() {
        return closedOn != null;
    }

    /** The case's version: each save of the case itself (marking for follow-up, closing) increments it, notes do not. */
    long version() {
        return (followUpAt != null ? 1 : 0) + (closed() ? 1 : 0);
    }
}
