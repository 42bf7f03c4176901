package org.rabta.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure rules for the identifiers a person brings: CNIC, passport number, phone number, country code.
 * Each {@code normalise...} answers the stored form, or empty when the input is not valid.
 */
public final class Identifiers {

    private static final Pattern CNIC = Pattern.compile("(\\d{5})-?(\\d{7})-?(\\d)");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern PAKISTAN_NATIONAL = Pattern.compile("3\\d{9}|[1-24-9]\\d{8,9}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Identifiers() {
    }

    /** {@code 12345-1234567-1} from 13 digits, dashes optional; spaces around are ignored. */
    public static Optional<String> normaliseCnic(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher matcher = CNIC.matcher(input.strip());
        return matcher.matches()
                ? Optional.of(matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3))
                : Optional.empty();
    }

    /** True when the text is a whole CNIC (what the search box treats as a CNIC lookup). */
    public static boolean looksLikeCnic(String input) {
        return normaliseCnic(input).isPresent();
    }

    /** Passport numbers: 5 to 20 letters and digits, stored upper case. */
    public static Optional<String> normalisePassport(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String value = input.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        return PASSPORT.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /**
     * A phone number in international form (E.164, e.g. {@code +923001234567}). Accepts Pakistani numbers as
     * dialled at home ({@code 0300-1234567}, {@code 042 35761234}), with {@code +92} or {@code 0092}, and any
     * international number with {@code +} or {@code 00}. Spaces, dashes, dots and brackets are ignored.
     */
    public static Optional<String> normalisePhone(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String value = input.strip().replaceAll("[\\s\\-.()]", "");
        if (value.startsWith("00")) {
            value = "+" + value.substring(2);
        }
        if (value.startsWith("+92")) {
            String national = value.substring(3);
            return PAKISTAN_NATIONAL.matcher(national).matches() ? Optional.of(value) : Optional.empty();
        }
        if (value.startsWith("+")) {
            return INTERNATIONAL.matcher(value).matches() ? Optional.of(value) : Optional.empty();
        }
        if (value.startsWith("0")) {
            String national = value.substring(1);
            return PAKISTAN_NATIONAL.matcher(national).matches() ? Optional.of("+92" + national) : Optional.empty();
        }
        return Optional.empty();
    }

    /** ISO 3166-1 alpha-2, upper case. */
    public static Optional<String> normaliseCountry(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String value = input.strip().toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(value) ? Optional.of(value) : Optional.empty();
    }
}
