package org.rabta.shared;

/** Free text as every feature keeps it: without the white space around it, and null rather than blank. */
public final class Text {

    private Text() {
    }

    /** The value without surrounding white space, or null when it is null or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
