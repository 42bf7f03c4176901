package org.rabta.shared;

import java.util.Locale;

/** Free text as every feature keeps it: without the white space around it, and null rather than blank. */
public final class Text {

    private Text() {
    }

    /** The value without surrounding white space, or null when it is null or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A code as it is typed or sent (a district, an audit action, a type): stripped, in upper case, null when blank. */
    public static String codeOrNull(String value) {
        String code = blankToNull(value);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
