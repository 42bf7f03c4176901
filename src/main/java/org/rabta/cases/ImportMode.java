package org.rabta.cases;

import java.util.Arrays;
import java.util.Optional;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Any bad row rejects the whole file: nothing is saved, every bad row is reported. The default. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** The good rows are saved and the bad ones reported. */
    VALID_ROWS("valid-rows");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    /** How the mode is written in {@code ?mode=} and on the import form. */
    public String parameter() {
        return parameter;
    }

    static Optional<ImportMode> ofParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ALL_OR_NOTHING);
        }
        return Arrays.stream(values()).filter(mode -> mode.parameter.equalsIgnoreCase(value.strip())).findFirst();
    }
}
