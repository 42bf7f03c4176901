package org.rabta.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.rabta.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the API's JSON (the shape of {@link CaseResponse}) into a {@link CaseForm}, so that the API goes
 * through the same rules as the screens. A property left out keeps the form's value (the case's current
 * value on PUT), {@code null} clears it. Every value that cannot be read is reported against its field; an
 * unknown property is an error too, so that a misspelt name is never silently dropped.
 */
final class CaseJsonReader {

    /** Form field name to the JSON property that carries it, for error reports. */
    static final Map<String, String> JSON_PATHS = jsonPaths();

    /** What the API answers but a client cannot set; a body copied from a GET may carry them. */
    private static final Set<String> READ_ONLY = Set.of("caseNumber", "status", "provinceCode", "owningAgencyCode",
            "caseworkerName", "closedOn", "closeReason", "createdAt", "updatedAt", "updatedBy", "version");

    private static final int MAX_ECHOED_LENGTH = 40;

    private final List<Violation> problems = new ArrayList<>();

    private CaseJsonReader() {
    }

    /** Applies the body to the form and answers the problems found (form field names, see {@link #JSON_PATHS}). */
    static List<Violation> read(JsonNode body, CaseForm form) {
        CaseJsonReader reader = new CaseJsonReader();
        if (body == null || !body.isObject()) {
            reader.problems.add(Violation.of("body", "cases.api.error.body"));
        } else {
            reader.top(body, form);
        }
        return reader.problems;
    }

    static String jsonPath(String formField) {
        return JSON_PATHS.getOrDefault(formField, formField);
    }

    private void top(JsonNode body, CaseForm form) {
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            JsonNode value = property.getValue();
            switch (property.getKey()) {
                case "identifiedOn" -> date(value, "identifiedOn", form::setIdentifiedOn);
                case "districtCode" -> text(value, "districtCode", form::setDistrictCode);
                case "howIdentified" -> value(value, "howIdentified", HowIdentified.class, form::setHowIdentified);
                case "externalReference" -> text(value, "externalReference", form::setExternalReference);
                case "person" -> object(value, "person", person -> person(person, form));
                case "route" -> object(value, "route", route -> route(route, form));
                case "exploitationTypes" -> values(value, "exploitationTypes", ExploitationType.class, form::setExploitationTypes);
                case "controlMethods" -> values(value, "controlMethods", ControlMethod.class, form::setControlMethods);
                case "recruitmentMethods" -> values(value, "recruitmentMethods", RecruitmentMethod.class, form::setRecruitmentMethods);
                case "exploitationNotes" -> text(value, "exploitationNotes", form::setExploitationNotes);
                case "consent" -> object(value, "consent", consent -> consent(consent, form));
                default -> unknownUnlessReadOnly(property.getKey());
            }
        }
    }

    private void person(JsonNode person, CaseForm form) {
        for (Map.Entry<String, JsonNode> property : person.properties()) {
            JsonNode value = property.getValue();
            switch (property.getKey()) {
                case "firstName" -> text(value, "firstName", form::setFirstName);
                case "lastName" -> text(value, "lastName", form::setLastName);
                case "fatherOrHusbandName" -> text(value, "fatherOrHusbandName", form::setFatherOrHusbandName);
                case "aliases" -> text(value, "aliases", form::setAliases);
                case "sex" -> value(value, "sex", Sex.class, form::setSex);
                case "dateOfBirth" -> date(value, "dateOfBirth", form::setDateOfBirth);
                case "ageYears" -> integer(value, "ageYears", form::setAgeYears);
                case "nationality" -> text(value, "nationality", form::setNationality);
                case "cnic" -> text(value, "cnic", form::setCnic);
                case "passportNumber" -> text(value, "passportNumber", form::setPassportNumber);
                case "languages" -> text(value, "languages", form::setLanguages);
                case "disability" -> text(value, "disability", form::setDisability);
                case "phone" -> text(value, "phone", form::setPhone);
                case "address" -> text(value, "address", form::setAddress);
                default -> problems.add(Violation.of("person." + property.getKey(), "cases.api.error.unknownField"));
            }
        }
    }

    private void route(JsonNode route, CaseForm form) {
        for (Map.Entry<String, JsonNode> property : route.properties()) {
            JsonNode value = property.getValue();
            switch (property.getKey()) {
                case "originCountry" -> text(value, "originCountry", form::setOriginCountry);
                case "originDistrictCode" -> text(value, "originDistrictCode", form::setOriginDistrictCode);
                case "transitCountries" -> texts(value, "transitCountries", form::setTransitCountries);
                case "destinationCountry" -> text(value, "destinationCountry", form::setDestinationCountry);
                case "destinationDistrictCode" -> text(value, "destinationDistrictCode", form::setDestinationDistrictCode);
                default -> problems.add(Violation.of("route." + property.getKey(), "cases.api.error.unknownField"));
            }
        }
    }

    private void consent(JsonNode consent, CaseForm form) {
        for (Map.Entry<String, JsonNode> property : consent.properties()) {
            JsonNode value = property.getValue();
            switch (property.getKey()) {
                // null means "not asked", as on the form
                case "dataProcessing" -> value(value, "consentDataProcessing", ConsentStatus.class,
                        status -> form.setConsentDataProcessing(status == null ? ConsentStatus.NOT_ASKED : status));
                case "referral" -> value(value, "consentReferral", ConsentStatus.class,
                        status -> form.setConsentReferral(status == null ? ConsentStatus.NOT_ASKED : status));
                case "date" -> date(value, "consentDate", form::setConsentDate);
                case "recordedBy" -> text(value, "consentRecordedBy", form::setConsentRecordedBy);
                case "onBehalfOf" -> text(value, "consentOnBehalfOf", form::setConsentOnBehalfOf);
                default -> problems.add(Violation.of("consent." + property.getKey(), "cases.api.error.unknownField"));
            }
        }
    }

    private void unknownUnlessReadOnly(String name) {
        if (!READ_ONLY.contains(name)) {
            problems.add(Violation.of(name, "cases.api.error.unknownField"));
        }
    }

    // ------------------------------------------------------------------ typed values

    private void object(JsonNode value, String field, Consumer<JsonNode> reader) {
        if (value.isObject()) {
            reader.accept(value);
        } else if (!value.isNull()) {
            problems.add(Violation.of(field, "cases.api.error.object"));
        }
    }

    private void text(JsonNode value, String field, Consumer<String> setter) {
        if (value.isNull()) {
            setter.accept(null);
        } else if (value.isString()) {
            setter.accept(value.stringValue());
        } else {
            problems.add(Violation.of(field, "cases.api.error.text"));
        }
    }

    private void date(JsonNode value, String field, Consumer<LocalDate> setter) {
        if (value.isNull()) {
            setter.accept(null);
            return;
        }
        try {
            if (value.isString()) {
                setter.accept(LocalDate.parse(value.stringValue().strip()));
                return;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(Violation.of(field, "cases.api.error.date", echo(value)));
    }

    private void integer(JsonNode value, String field, Consumer<Integer> setter) {
        if (value.isNull()) {
            setter.accept(null);
        } else if (value.isIntegralNumber() && value.canConvertToInt()) {
            setter.accept(value.intValue());
        } else {
            problems.add(Violation.of(field, "cases.api.error.integer", echo(value)));
        }
    }

    private <E extends Enum<E>> void value(JsonNode value, String field, Class<E> type, Consumer<E> setter) {
        if (value.isNull()) {
            setter.accept(null);
            return;
        }
        E parsed = value.isString() ? parse(type, value.stringValue()) : null;
        if (parsed == null) {
            problems.add(Violation.of(field, "cases.api.error.value", echo(value), allowed(type)));
        } else {
            setter.accept(parsed);
        }
    }

    private <E extends Enum<E>> void values(JsonNode value, String field, Class<E> type, Consumer<Set<E>> setter) {
        if (value.isNull()) {
            setter.accept(EnumSet.noneOf(type));
            return;
        }
        if (!value.isArray()) {
            problems.add(Violation.of(field, "cases.api.error.array"));
            return;
        }
        Set<E> parsed = EnumSet.noneOf(type);
        for (JsonNode element : value) {
            E one = element.isString() ? parse(type, element.stringValue()) : null;
            if (one == null) {
                problems.add(Violation.of(field, "cases.api.error.value", echo(element), allowed(type)));
                return;
            }
            parsed.add(one);
        }
        setter.accept(parsed);
    }

    private void texts(JsonNode value, String field, Consumer<List<String>> setter) {
        if (value.isNull()) {
            setter.accept(List.of());
            return;
        }
        List<String> parsed = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isString()) {
                    problems.add(Violation.of(field, "cases.api.error.array"));
                    return;
                }
                parsed.add(element.stringValue());
            }
            setter.accept(parsed);
        } else {
            problems.add(Violation.of(field, "cases.api.error.array"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String echo(JsonNode value) {
        String json = value.toString();
        return json.length() <= MAX_ECHOED_LENGTH ? json : json.substring(0, MAX_ECHOED_LENGTH) + "…";
    }

    private static Map<String, String> jsonPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String field : List.of("firstName", "lastName", "fatherOrHusbandName", "aliases", "sex", "dateOfBirth",
                "ageYears", "nationality", "cnic", "passportNumber", "languages", "disability", "phone", "address")) {
            paths.put(field, "person." + field);
        }
        for (String field : List.of("originCountry", "originDistrictCode", "transitCountries", "destinationCountry",
                "destinationDistrictCode")) {
            paths.put(field, "route." + field);
        }
        paths.put("consentDataProcessing", "consent.dataProcessing");
        paths.put("consentReferral", "consent.referral");
        paths.put("consentDate", "consent.date");
        paths.put("consentRecordedBy", "consent.recordedBy");
        paths.put("consentOnBehalfOf", "consent.onBehalfOf");
        return Map.copyOf(paths);
    }
}
