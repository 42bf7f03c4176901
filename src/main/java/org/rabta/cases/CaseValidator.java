package org.rabta.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rabta.shared.Violation;

/**
 * The rules every case meets, whatever the channel (screen, API, CSV import). Pure: the caller gives
 * today's date (Pakistan time) and a way to check district codes. Expects a {@link CaseForm#normalise()}d form.
 */
final class CaseValidator {

    static final int MIN_AGE = 0;
    static final int MAX_AGE = 120;
    static final int ADULT_AGE = AgeBand.ADULT_AGE;

    private CaseValidator() {
    }

    static List<Violation> validate(CaseForm form, LocalDate today, Predicate<String> districtExists) {
        List<Violation> violations = new ArrayList<>();

        // identification
        if (form.getIdentifiedOn() == null) {
            violations.add(Violation.of("identifiedOn", "cases.error.required"));
        } else if (form.getIdentifiedOn().isAfter(today)) {
            violations.add(Violation.of("identifiedOn", "cases.error.future"));
        } else if (form.getIdentifiedOn().getYear() < 1950) {
            violations.add(Violation.of("identifiedOn", "cases.error.tooEarly"));
        }
        district(violations, "districtCode", form.getDistrictCode(), true, districtExists);
        if (form.getHowIdentified() == null) {
            violations.add(Violation.of("howIdentified", "cases.error.required"));
        }
        length(violations, "externalReference", form.getExternalReference(), 100);

        // person
        length(violations, "firstName", form.getFirstName(), 100);
        length(violations, "lastName", form.getLastName(), 100);
        length(violations, "fatherOrHusbandName", form.getFatherOrHusbandName(), 150);
        length(violations, "aliases", form.getAliases(), 300);
        if (form.getSex() == null) {
            violations.add(Violation.of("sex", "cases.error.required"));
        }
        age(violations, form, today);
        country(violations, "nationality", form.getNationality());
        if (form.getCnic() != null && !Identifiers.looksLikeCnic(form.getCnic())) {
            violations.add(Violation.of("cnic", "cases.error.cnic"));
        }
        if (form.getPassportNumber() != null && Identifiers.normalisePassport(form.getPassportNumber()).isEmpty()) {
            violations.add(Violation.of("passportNumber", "cases.error.passport"));
        }
        length(violations, "languages", form.getLanguages(), 200);
        length(violations, "disability", form.getDisability(), 300);
        if (form.getPhone() != null && Identifiers.normalisePhone(form.getPhone()).isEmpty()) {
            violations.add(Violation.of("phone", "cases.error.phone"));
        }
        length(violations, "address", form.getAddress(), 500);

        // route
        country(violations, "originCountry", form.getOriginCountry());
        district(violations, "originDistrictCode", form.getOriginDistrictCode(), false, districtExists);
        for (String transit : form.getTransitCountries()) {
            if (Identifiers.normaliseCountry(transit).isEmpty()) {
                violations.add(Violation.of("transitCountries", "cases.error.country"));
                break;
            }
        }
        if (form.getTransitCountries().size() > 10) {
            violations.add(Violation.of("transitCountries", "cases.error.tooMany", 10));
        }
        country(violations, "destinationCountry", form.getDestinationCountry());
        district(violations, "destinationDistrictCode", form.getDestinationDistrictCode(), false, districtExists);

        // exploitation
        length(violations, "exploitationNotes", form.getExploitationNotes(), 2000);

        // consent
        boolean consentAsked = form.getConsentDataProcessing() != ConsentStatus.NOT_ASKED
                || form.getConsentReferral() != ConsentStatus.NOT_ASKED;
        if (form.getConsentDate() != null && form.getConsentDate().isAfter(today)) {
            violations.add(Violation.of("consentDate", "cases.error.future"));
        } else if (consentAsked && form.getConsentDate() == null) {
            violations.add(Violation.of("consentDate", "cases.error.consentDateRequired"));
        }
        if (consentAsked && form.getConsentRecordedBy() == null) {
            violations.add(Violation.of("consentRecordedBy", "cases.error.consentRecordedByRequired"));
        }
        length(violations, "consentRecordedBy", form.getConsentRecordedBy(), 150);
        Integer age = ageAtIdentification(form);
        if (consentAsked && age != null && age < ADULT_AGE && form.getConsentOnBehalfOf() == null) {
            violations.add(Violation.of("consentOnBehalfOf", "cases.error.consentOnBehalfOfRequired"));
        }
        length(violations, "consentOnBehalfOf", form.getConsentOnBehalfOf(), 150);
        return violations;
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

    private static void age(List<Violation> violations, CaseForm form, LocalDate today) {
        LocalDate birth = form.getDateOfBirth();
        boolean birthValid = true;
        if (birth != null) {
            if (birth.isAfter(today)) {
                violations.add(Violation.of("dateOfBirth", "cases.error.future"));
                birthValid = false;
            } else if (form.getIdentifiedOn() != null && birth.isAfter(form.getIdentifiedOn())) {
                violations.add(Violation.of("dateOfBirth", "cases.error.bornAfterIdentification"));
                birthValid = false;
            } else if (Period.between(birth, form.getIdentifiedOn() == null ? today : form.getIdentifiedOn()).getYears() > MAX_AGE) {
                violations.add(Violation.of("dateOfBirth", "cases.error.tooOld", MAX_AGE));
                birthValid = false;
            }
        }
        Integer age = form.getAgeYears();
        if (age != null) {
            if (age < MIN_AGE || age > MAX_AGE) {
                violations.add(Violation.of("ageYears", "cases.error.ageRange", MIN_AGE, MAX_AGE));
            } else if (birth != null && birthValid && form.getIdentifiedOn() != null) {
                Integer fromBirth = ageFromBirth(birth, form.getIdentifiedOn());
                if (fromBirth != null && !fromBirth.equals(age)) {
                    violations.add(Violation.of("ageYears", "cases.error.ageMismatch", fromBirth));
                }
            }
        }
    }

    private static void district(List<Violation> violations, String field, String code, boolean required,
                                 Predicate<String> districtExists) {
        if (code == null) {
            if (required) {
                violations.add(Violation.of(field, "cases.error.required"));
            }
        } else if (!districtExists.test(code)) {
            violations.add(Violation.of(field, "cases.error.district"));
        }
    }

    private static void country(List<Violation> violations, String field, String code) {
        if (code != null && Identifiers.normaliseCountry(code).isEmpty()) {
            violations.add(Violation.of(field, "cases.error.country"));
        }
    }

    private static void length(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(Violation.of(field, "cases.error.tooLong", max));
        }
    }
}
