package org.rabta.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rabta speaks English and Urdu. Urdu is written right to left. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale URDU = Locale.of("ur");
    public static final List<Locale> ALL = List.of(ENGLISH, URDU);

    private SupportedLocales() {
    }

    /** The supported locale for a language tag such as {@code ur} or {@code ur-PK}, if any. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    public static boolean isUrdu(Locale locale) {
        return URDU.getLanguage().equals(locale.getLanguage());
    }

    public static boolean isRightToLeft(Locale locale) {
        return isUrdu(locale);
    }

    /** Of a name kept in both languages, the one a reader of {@code locale} reads: Urdu where there is an Urdu one. */
    public static String name(Locale locale, String english, String urdu) {
        return isUrdu(locale) && urdu != null ? urdu : english;
    }

    /** The language the API answers in: that of the request's Accept-Language, English unless Urdu. */
    public static Locale ofApi(Locale accepted) {
        return isUrdu(accepted) ? accepted : ENGLISH;
    }
}
