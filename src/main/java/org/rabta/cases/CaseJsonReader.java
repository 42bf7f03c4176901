package org.rabta.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** What the API answers but a client cannot set; a body copied from a GET may carry them. */
    static final Set<String> READ_ONLY = Set.of("caseNumber", "status", "provinceCode", "owningAgencyCode",
            "caseworkerName", "closedOn", "closeReason", "createdAt", "updatedAt", "updatedBy", "version");

    private static final int MAX_ECHOED_LENGTH = 40;

    /** The fields at the top of the JSON, by property name. */
    private static final Map<String, CaseField> TOP = Arrays.stream(CaseField.values())
            .filter(field -> field.section() == CaseField.Section.CASE)
            .collect(Collectors.toUnmodifiableMap(CaseField::jsonPath, field -> field));

    /** The fields within {@code person}, {@code route} and {@code consent}, by path. */
    private static final Map<String, CaseField> NESTED = Arrays.stream(CaseField.values())
            .filter(field -> field.section() != CaseField.Section.CASE)
            .collect(Collectors.toUnmodifiableMap(CaseField::jsonPath, field -> field));

    private static final Map<String, CaseField.Section> SECTIONS = Arrays.stream(CaseField.Section.values())
            .filter(section -> section.object() != null)
            .collect(Collectors.toUnmodifiableMap(CaseField.Section::object, section -> section));

    private final List<Violation> problems = new ArrayList<>();

    private CaseJsonReader() {
    }

    /** Applies the body to the form and answers the problems found (form field names, see {@link #jsonPath}). */
    static List<Violation> read(JsonNode body, CaseForm form) {
        CaseJsonReader reader = new CaseJsonReader();
        if (body == null || !body.isObject()) {
            reader.problems.add(Violation.of("body", "cases.api.error.body"));
        } else {
            reader.top(body, form);
        }
        return reader.problems;
    }

    /** The JSON property that carries a form field, for error reports. */
    static String jsonPath(String formField) {
        return CaseField.byProperty(formField).map(CaseField::jsonPath).orElse(formField);
    }

    private void top(JsonNode body, CaseForm form) {
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            String name = property.getKey();
            CaseField field = TOP.get(name);
            CaseField.Section section = SECTIONS.get(name);
            if (field != null) {
                readField(field, property.getValue(), form);
            } else if (section != null) {
                object(property.getValue(), name, object -> section(object, section, form));
            } else if (!READ_ONLY.contains(name)) {
                problems.add(Violation.of(name, "cases.api.error.unknownField"));
            }
        }
    }

    /** The properties of {@code person}, {@code route} or {@code consent}. */
    private void section(JsonNode object, CaseField.Section section, CaseForm form) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String path = section.object() + "." + property.getKey();
            CaseField field = NESTED.get(path);
            if (field == null) {
                problems.add(Violation.of(path, "cases.api.error.unknownField"));
            } else {
                readField(field, property.getValue(), form);
            }
        }
    }

    private void readField(CaseField field, JsonNode value, CaseForm form) {
        String name = field.property();
        Consumer<Object> setter = parsed -> field.set(form, parsed);
        switch (field.kind().name()) {
            case DATE -> date(value, name, setter);
            case INTEGER -> integer(value, name, setter);
            case CHOICE -> value(value, name, field.kind().choices(), setter);
            case CHOICES -> values(value, field, setter);
            case COUNTRIES -> texts(value, name, setter);
            default -> text(value, name, setter);
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

    private void text(JsonNode value, String field, Consumer<Object> setter) {
        if (value.isNull()) {
            setter.accept(null);
        } else if (value.isString()) {
            setter.accept(value.stringValue());
        } else {
            problems.add(Violation.of(field, "cases.api.error.text"));
        }
    }

    private void date(JsonNode value, String field, Consumer<Object> setter) {
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

    private void integer(JsonNode value, String field, Consumer<Object> setter) {
        if (value.isNull()) {
            setter.accept(null);
        } else if (value.isIntegralNumber() && value.canConvertToInt()) {
            setter.accept(value.intValue());
        } else {
            problems.add(Violation.of(field, "cases.api.error.integer", echo(value)));
        }
    }

    private void value(JsonNode value, String field, Class<? extends Enum<?>> type, Consumer<Object> setter) {
        if (value.isNull()) {
            setter.accept(null);
            return;
        }
        Enum<?> parsed = value.isString() ? parse(type, value.stringValue()) : null;
        if (parsed == null) {
            problems.add(Violation.of(field, "cases.api.error.value", echo(value), allowed(type)));
        } else {
            setter.accept(parsed);
        }
    }

    private void values(JsonNode value, CaseField field, Consumer<Object> setter) {
        String name = field.property();
        Class<? extends Enum<?>> type = field.kind().choices();
        if (value.isNull()) {
            setter.accept(null);
            return;
        }
        if (!value.isArray()) {
            problems.add(Violation.of(name, "cases.api.error.array"));
            return;
        }
        List<Enum<?>> parsed = new ArrayList<>();
        for (JsonNode element : value) {
            Enum<?> one = element.isString() ? parse(type, element.stringValue()) : null;
            if (one == null) {
                problems.add(Violation.of(name, "cases.api.error.value", echo(element), allowed(type)));
                return;
            }
            parsed.add(one);
        }
        setter.accept(field.kind().choiceSet(parsed));
    }

    private void texts(JsonNode value, String field, Consumer<Object> setter) {
        if (value.isNull()) {
            setter.accept(null);
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

    private static Enum<?> parse(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> constant : type.getEnumConstants()) {
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
}
