package org.rabta.investigations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rabta.cases.Identifiers;
import org.rabta.cases.Identity;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;

/**
 * The field rules of investigations, accused, victims, requests and events: each answers the clean value, or records
 * a {@link Violation} under the field's JSON path ({@code accused[1].cnic}) and answers null. Generic messages are the
 * case registry's ({@code cases.error.*}), and identifiers follow its {@link Identifiers}.
 */
final class InvestigationInput {

    static final int FIR_LENGTH = 40;
    static final int NAME_LENGTH = 200;
    static final int OFFICER_LENGTH = 120;
    static final int PROTECTION_LENGTH = 1000;
    static final int SUBJECT_LENGTH = 2000;
    static final int COURT_LENGTH = 200;
    static final int COURT_CASE_LENGTH = 60;
    static final int MAX_AGE = 120;
    static final int MAX_MONTHS = 1200;

    private final List<Violation> violations = new ArrayList<>();
    private final LocalDate today;

    InvestigationInput(LocalDate today) {
        this.today = today;
    }

    /** Throws the violations found so far, if any. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    void reject(String field, String code, Object... arguments) {
        violations.add(new Violation(field, code, List.of(arguments)));
    }

    InvestigationDetails investigation(InvestigationRequest request, Function<String, Boolean> districtExists) {
        String fir = text("firNumber", request.firNumber(), FIR_LENGTH, true);
        LocalDate registeredOn = pastDate("registeredOn", request.registeredOn());
        String district = text("districtCode", request.districtCode(), 12, true);
        if (district != null && !districtExists.apply(district)) {
            reject("districtCode", "cases.error.district");
        }
        Set<Offence> offences = offences("offences", request.offences(), true);
        String officer = text("investigatingOfficer", request.investigatingOfficer(), OFFICER_LENGTH, false);
        return new InvestigationDetails(fir, registeredOn, district, offences, officer);
    }

    AccusedPerson accused(String prefix, AccusedRequest request) {
        if (request == null) {
            reject(prefix, "cases.error.required");
            return null;
        }
        String name = text(prefix + "name", request.name(), NAME_LENGTH, true);
        String father = text(prefix + "fatherName", request.fatherName(), NAME_LENGTH, false);
        required(prefix + "sex", request.sex());
        if (request.ageYears() != null && (request.ageYears() < 0 || request.ageYears() > MAX_AGE)) {
            reject(prefix + "ageYears", "cases.error.ageRange", 0, MAX_AGE);
        }
        String nationality = identifier(prefix + "nationality", request.nationality(), Identifiers::normaliseCountry, "cases.error.country");
        String cnic = identifier(prefix + "cnic", request.cnic(), Identifiers::normaliseCnic, "cases.error.cnic");
        String passport = identifier(prefix + "passportNumber", request.passportNumber(), Identifiers::normalisePassport,
                "cases.error.passport");
        required(prefix + "role", request.role());
        return new AccusedPerson(name, father, new Identity(request.sex(), request.ageYears(), nationality, cnic, passport),
                request.role());
    }

    String caseNumber(String field, String caseNumber) {
        return text(field, caseNumber, 20, true);
    }

    VictimRequest victim(VictimRequest request) {
        String caseNumber = caseNumber("caseNumber", request.caseNumber());
        required("role", request.role());
        String needs = text("protectionNeeds", request.protectionNeeds(), PROTECTION_LENGTH, false);
        return new VictimRequest(caseNumber, request.role(), needs);
    }

    MlaDetails mla(MlaRequestInput request) {
        required("kind", request.kind());
        required("direction", request.direction());
        String country = identifier("country", request.country(), Identifiers::normaliseCountry, "cases.error.country");
        if (request.country() == null || request.country().isBlank()) {
            reject("country", "cases.error.required");
        }
        LocalDate requestedOn = pastDate("requestedOn", request.requestedOn());
        String subject = text("subject", request.subject(), SUBJECT_LENGTH, true);
        MlaStatus status = request.status() == null ? MlaStatus.PENDING : request.status();
        LocalDate statusOn = request.statusOn() == null ? requestedOn : request.statusOn();
        if (request.statusOn() != null && request.statusOn().isAfter(today)) {
            reject("statusOn", "cases.error.future");
        } else if (statusOn != null && requestedOn != null && statusOn.isBefore(requestedOn)) {
            reject("statusOn", "investigations.error.beforeRequest");
        }
        return new MlaDetails(request.kind(), request.direction(), country, requestedOn, subject, status, statusOn);
    }

    /**
     * An event's fields. {@code firOn}: the FIR's registration, the earliest date of any event; {@code charged}: the
     * offences of the accused's charge sheets so far, which a conviction's sentences must be among;
     * {@code defaultOffences}: a charge sheet's when it names none.
     */
    EventDetails event(EventRequest request, LocalDate firOn, Set<Offence> charged, Set<Offence> defaultOffences) {
        required("type", request.type());
        LocalDate on = pastDate("on", request.on());
        if (on != null && on.isBefore(firOn)) {
            reject("on", "investigations.error.beforeFir", firOn);
        }
        AccusedEventType type = request.type();
        List<Sentence> offences = new ArrayList<>();
        if (type == AccusedEventType.CHARGE_SHEET) {
            Set<Offence> named = request.offences().isEmpty() ? defaultOffences : offences("offences", request.offences(), true);
            named.forEach(offence -> offences.add(Sentence.charge(offence)));
        } else if (!request.offences().isEmpty()) {
            reject("offences", "investigations.error.onlyForChargeSheet");
        }
        if (type == AccusedEventType.CONVICTED) {
            offences.addAll(sentences(request.sentences(), charged));
        } else if (!request.sentences().isEmpty() || request.imprisonmentMonths() != null || request.fineRupees() != null) {
            reject(!request.sentences().isEmpty() ? "sentences" : request.imprisonmentMonths() != null ? "imprisonmentMonths"
                    : "fineRupees", "investigations.error.onlyForConviction");
        }
        months("imprisonmentMonths", request.imprisonmentMonths());
        rupees("fineRupees", request.fineRupees());
        String court = text("court", request.court(), COURT_LENGTH, false);
        String courtCase = text("courtCaseNumber", request.courtCaseNumber(), COURT_CASE_LENGTH, false);
        LocalDate next = request.nextHearingOn();
        if (next != null && on != null && !next.isAfter(on)) {
            reject("nextHearingOn", "investigations.error.hearingNotAfter");
        }
        return new EventDetails(type, on, offences, request.imprisonmentMonths(), request.fineRupees(), court, courtCase, next);
    }

    private List<Sentence> sentences(List<EventRequest.SentenceRequest> requests, Set<Offence> charged) {
        List<Sentence> sentences = new ArrayList<>();
        Set<Offence> seen = EnumSet.noneOf(Offence.class);
        for (int i = 0; i < requests.size(); i++) {
            String prefix = "sentences[" + i + "].";
            EventRequest.SentenceRequest request = requests.get(i);
            if (request == null || request.offence() == null) {
                reject(prefix + "offence", "cases.error.required");
                continue;
            }
            if (!charged.contains(request.offence())) {
                reject(prefix + "offence", "investigations.error.notCharged");
            } else if (!seen.add(request.offence())) {
                reject(prefix + "offence", "investigations.error.repeated");
            }
            months(prefix + "imprisonmentMonths", request.imprisonmentMonths());
            rupees(prefix + "fineRupees", request.fineRupees());
            sentences.add(new Sentence(request.offence(), request.imprisonmentMonths(), request.fineRupees()));
        }
        return sentences;
    }

    private void months(String field, Integer months) {
        if (months != null && (months < 0 || months > MAX_MONTHS)) {
            reject(field, "investigations.error.range", 0, MAX_MONTHS);
        }
    }

    private void rupees(String field, Long rupees) {
        if (rupees != null && rupees < 0) {
            reject(field, "investigations.error.negative");
        }
    }

    private Set<Offence> offences(String field, List<Offence> offences, boolean required) {
        Set<Offence> found = EnumSet.noneOf(Offence.class);
        for (int i = 0; i < offences.size(); i++) {
            if (offences.get(i) == null) {
                reject(field + "[" + i + "]", "cases.error.required");
            } else if (!found.add(offences.get(i))) {
                reject(field + "[" + i + "]", "investigations.error.repeated");
            }
        }
        if (required && offences.isEmpty()) {
            reject(field, "cases.error.required");
        }
        return found;
    }

    private LocalDate pastDate(String field, LocalDate date) {
        if (date == null) {
            reject(field, "cases.error.required");
        } else if (date.isAfter(today)) {
            reject(field, "cases.error.future");
        }
        return date;
    }

    private void required(String field, Object value) {
        if (value == null) {
            reject(field, "cases.error.required");
        }
    }

    private String text(String field, String value, int maxLength, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                reject(field, "cases.error.required");
            }
            return null;
        }
        if (stripped.length() > maxLength) {
            reject(field, "cases.error.tooLong", maxLength);
        }
        return stripped;
    }

    private String identifier(String field, String value, Function<String, Optional<String>> normalise, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<String> normalised = normalise.apply(value);
        if (normalised.isEmpty()) {
            reject(field, code);
        }
        return normalised.orElse(null);
    }
}
