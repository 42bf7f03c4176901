package org.rabta.reporting;

import java.util.Arrays;

/** The age bands of the statistics (age at identification), as stored by {@code reporting_age_band} in V60. */
enum AgeBand {
    CHILD_0_11("0_11", true),
    CHILD_12_17("12_17", true),
    ADULT_18_29("18_29", false),
    ADULT_30_44("30_44", false),
    ADULT_45_59("45_59", false),
    ADULT_60_PLUS("60_PLUS", false),
    UNKNOWN("UNKNOWN", false);

    private final String code;
    private final boolean child;

    AgeBand(String code, boolean child) {
        this.code = code;
        this.child = child;
    }

    String code() {
        return code;
    }

    boolean isChild() {
        return child;
    }

    boolean isAdult() {
        return !child && this != UNKNOWN;
    }

    static AgeBand ofCode(String code) {
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown age band " + code));
    }
}
