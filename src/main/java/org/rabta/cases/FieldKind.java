package org.rabta.cases;

import static org.rabta.shared.Text.blankToNull;
import static org.rabta.shared.Text.codeOrNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The kinds of value a case holds: how each is normalised, and which type the form holds it as. */
record FieldKind(Name name, Class<? extends Enum<?>> choices, UnaryOperator<Object> normaliser) {

    enum Name { TEXT, DISTRICT, COUNTRY, CNIC, PASSPORT, PHONE, DATE, INTEGER, CHOICE, CHOICES, COUNTRIES }

    static final FieldKind TEXT = new FieldKind(Name.TEXT, null, value -> blankToNull((String) value));
    /** A district code as the list of districts writes it. */
    static final FieldKind DISTRICT = new FieldKind(Name.DISTRICT, null, value -> blankToNull((String) value));
    /** An ISO 3166 country code, in capitals. */
    static final FieldKind COUNTRY = new FieldKind(Name.COUNTRY, null, value -> codeOrNull((String) value));
    static final FieldKind CNIC = new FieldKind(Name.CNIC, null, value -> identifier((String) value, Identifiers::normaliseCnic));
    static final FieldKind PASSPORT = new FieldKind(Name.PASSPORT, null,
            value -> identifier((String) value, Identifiers::normalisePassport));
    static final FieldKind PHONE = new FieldKind(Name.PHONE, null, value -> identifier((String) value, Identifiers::normalisePhone));
    static final FieldKind DATE = new FieldKind(Name.DATE, null, value -> value);
    static final FieldKind INTEGER = new FieldKind(Name.INTEGER, null, value -> value);
    /** Country codes, in capitals, each once, in the order given. */
    static final FieldKind COUNTRIES = new FieldKind(Name.COUNTRIES, null, FieldKind::countries);

    static FieldKind oneOf(Class<? extends Enum<?>> type) {
        return new FieldKind(Name.CHOICE, type, value -> value);
    }

    static FieldKind setOf(Class<? extends Enum<?>> type) {
        return new FieldKind(Name.CHOICES, type, value -> value);
    }

    Object normalise(Object value) {
        return normaliser.apply(value);
    }

    /** The choice of this name. */
    Enum<?> choiceNamed(String name) {
        return Arrays.stream(choices.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + choices.getSimpleName() + " " + name));
    }

    /** The set a picklist of choices holds, from the choices read. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Set<?> choiceSet(Collection<? extends Enum<?>> chosen) {
        Set set = EnumSet.noneOf((Class) choices);
        set.addAll(chosen);
        return set;
    }

    /** What a missing value is: no choices, no countries, consent not asked; null otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object empty() {
        return switch (name) {
            case CHOICES -> EnumSet.noneOf((Class) choices);
            case COUNTRIES -> new ArrayList<String>();
            case CHOICE -> choices == ConsentStatus.class ? ConsentStatus.NOT_ASKED : null;
            default -> null;
        };
    }

    private static String identifier(String value, Function<String, Optional<String>> normalise) {
        String cleaned = blankToNull(value);
        return cleaned == null ? null : normalise.apply(cleaned).orElse(cleaned);
    }

    private static List<String> countries(Object value) {
        List<String> codes = new ArrayList<>();
        for (Object country : (List<?>) value) {
            String code = codeOrNull((String) country);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }
}
