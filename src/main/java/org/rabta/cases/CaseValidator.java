package org.rabta.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rabta.shared.Childhood;
import org.rabta.shared.Violation;

/**
 * The rules every case meets, whatever the channel (screen, API, CSV import, synthetic load). Pure: the caller gives
 * today's date (Pakistan time) and a way to check district codes. Expects a {@link CaseForm#normalise()}d form.
 * What one field needs on its own (required, longest length, a valid district, country, CNIC, passport or phone)
 * follows from its {@link CaseField}; the rules between fields (dates, age, consent) are written out here.
 */
public final class CaseValidator {

    static final int MIN_AGE = 0;
    static final int MAX_AGE = 120;
    static final int MAX_TRANSIT_COUNTRIES = 10;

    private CaseValidator() {
    }

    /** The broken rules, field by field in the form's order (none for a valid case). */
    public static List<Violation> validate(CaseForm form, LocalDate today, Predicate<String> districtExists) {
        List<Violation> violations = new ArrayList<>();
        for (CaseField field : CaseField.values()) {
            Object value = field.get(form);
            if (value == null && field.required()) {
                violations.add(Violation.of(field.property(), "cases.error.required"));
            } else if (value != null) {
                ofValue(violations, field, value, districtExists);
            }
            betweenFields(violations, field, form, today);
        }
        return violations;
    }

    /** What the field's kind of value asks of it. */
    private static void ofValue(List<Violation> violations, CaseField field, Object value, Predicate<String> districtExists) {
        String name = field.property();
        switch (field.kind().name()) {
            case TEXT -> {
                if (field.maxLength() > 0 && ((String) value).length() > field.maxLength()) {
                    violations.add(Violation.of(name, "cases.error.tooLong", field.maxLength()));
                }
            }
            case DISTRICT -> {
                if (!districtExists.test((String) value)) {
                    violations.add(Violation.of(name, "cases.error.district"));
                }
            }
            case COUNTRY -> {
                if (Identifiers.normaliseCountry((String) value).isEmpty()) {
                    violations.add(Violation.of(name, "cases.error.country"));
                }
            }
            case CNIC -> {
                if (!Identifiers.looksLikeCnic((String) value)) {
                    violations.add(Violation.of(name, "cases.error.cnic"));
                }
            }
            case PASSPORT -> {
                if (Identifiers.normalisePassport((String) value).isEmpty()) {
                    violations.add(Violation.of(name, "cases.error.passport"));
                }
            }
            case PHONE -> {
                if (Identifiers.normalisePhone((String) value).isEmpty()) {
                    violations.add(Violation.of(name, "cases.error.phone"));
                }
            }
            case COUNTRIES -> {
                List<?> countries = (List<?>) value;
                if (countries.stream().anyMatch(country -> Identifiers.normaliseCountry((String) country).isEmpty())) {
                    violations.add(Violation.of(name, "cases.error.country"));
                }
                if (countries.size() > MAX_TRANSIT_COUNTRIES) {
                    violations.add(Violation.of(name, "cases.error.tooMany", MAX_TRANSIT_COUNTRIES));
                }
            }
            default -> {
                // dates, numbers and choices: the rules between fields, or their type, say all
            }
        }
    }

    /** The rules of a field that depend on today or on other fields. */
    private static void betweenFields(List<Violation> violations, CaseField field, CaseForm form, LocalDate today) {
        boolean consentAsked = form.getConsentDataProcessing() != ConsentStatus.NOT_ASKED
                || form.getConsentReferral() != ConsentStatus.NOT_ASKED;
        switch (field) {
            case IDENTIFIED_ON -> {
                LocalDate on = form.getIdentifiedOn();
                if (on != null && on.isAfter(today)) {
                    violations.add(Violation.of("identifiedOn", "cases.error.future"));
                } else if (on != null && on.getYear() < 1950) {
                    violations.add(Violation.of("identifiedOn", "cases.error.tooEarly"));
                }
            }
            case DATE_OF_BIRTH -> {
                Violation birth = birthViolation(form, today);
                if (birth != null) {
                    violations.add(birth);
                }
            }
            case AGE_YEARS -> age(violations, form, today);
            case CONSENT_DATE -> {
                if (form.getConsentDate() != null && form.getConsentDate().isAfter(today)) {
                    violations.add(Violation.of("consentDate", "cases.error.future"));
                } else if (consentAsked && form.getConsentDate() == null) {
                    violations.add(Violation.of("consentDate", "cases.error.consentDateRequired"));
                }
            }
            case CONSENT_RECORDED_BY -> {
                if (consentAsked && form.getConsentRecordedBy() == null) {
                    violations.add(Violation.of("consentRecordedBy", "cases.error.consentRecordedByRequired"));
                }
            }
            case CONSENT_ON_BEHALF_OF -> {
                Integer age = ageAtIdentification(form);
                if (consentAsked && age != null && age < Childhood.ADULT_AGE && form.getConsentOnBehalfOf() == null) {
                    violations.add(Violation.of("consentOnBehalfOf", "cases.error.consentOnBehalfOfRequired"));
                }
            }
            default -> {
                // nothing beyond the field's own rules
            }
        }
    }

    /**
     * The age at identification: the one entered, or else the one the date of birth gives. Null when neither
     * is known (or the date of birth lies after the identification).
     */
    static Integer ageAtIdentification(CaseForm form) {
        if (form.getAgeYears() != null) {
            return form.getAgeYears();
        }
        return ageFromBirth(form.getDateOfBirth(), form.getIdentifiedOn());
    }

    static Integer ageFromBirth(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on == null || dateOfBirth.isAfter(on)) {
            return null;
        }
        return Period.between(dateOfBirth, on).getYears();
    }

    /** What is wrong with the date of birth, or null. */
    private static Violation birthViolation(CaseForm form, LocalDate today) {
        LocalDate birth = form.getDateOfBirth();
        if (birth == null) {
            return null;
        }
        if (birth.isAfter(today)) {
            return Violation.of("dateOfBirth", "cases.error.future");
        } else if (form.getIdentifiedOn() != null && birth.isAfter(form.getIdentifiedOn())) {
            return Violation.of("dateOfBirth", "cases.error.bornAfterIdentification");
        } else if (Period.between(birth, form.getIdentifiedOn() == null ? today : form.getIdentifiedOn()).getYears() > MAX_AGE) {
            return Violation.of("dateOfBirth", "cases.error.tooOld", MAX_AGE);
        }
        return null;
    }

    private static void age(List<Violation> violations, CaseForm form, LocalDate today) {
        Integer age = form.getAgeYears();
        if (age == null) {
            return;
        }
        LocalDate birth = form.getDateOfBirth();
        if (age < MIN_AGE || age > MAX_AGE) {
            violations.add(Violation.of("ageYears", "cases.error.ageRange", MIN_AGE, MAX_AGE));
        } else if (birth != null && birthViolation(form, today) == null && form.getIdentifiedOn() != null) {
            Integer fromBirth = ageFromBirth(birth, form.getIdentifiedOn());
            if (fromBirth != null && !fromBirth.equals(age)) {
                violations.add(Violation.of("ageYears", "cases.error.ageMismatch", fromBirth));
            }
        }
    }
}
