package org.rabta.cases;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.rabta.shared.Childhood;

/**
 * The age bands of Rabta: those in which a case is shown to those who may not know the person (coordination
 * committees, the review queue), and those the statistics count by (age at identification). Wide enough that a band,
 * a sex and a district do not point at one person, and split at 18 so that a child (0 to 17) is never counted as an
 * adult. One definition for both, so that a committee's figures and the reports speak of the same groups; the
 * statistics tables store a band as {@link #storedCode()}, computed by the SQL function {@code reporting_age_band}
 * (V60), which must agree with {@link #of}.
 */
public enum AgeBand {
    CHILD_0_11("0-11", "0_11", 0, 11),
    CHILD_12_17("12-17", "12_17", 12, 17),
    ADULT_18_29("18-29", "18_29", 18, 29),
    ADULT_30_44("30-44", "30_44", 30, 44),
    ADULT_45_59("45-59", "45_59", 45, 59),
    ADULT_60_PLUS("60+", "60_PLUS", 60, Integer.MAX_VALUE),
    UNKNOWN("UNKNOWN", "UNKNOWN", -1, -1);

    private final String code;
    private final String storedCode;
    private final int from;
    private final int to;

    AgeBand(String code, String storedCode, int from, int to) {
        this.code = code;
        this.storedCode = storedCode;
        this.from = from;
        this.to = to;
    }

    /** The band of an age in years; UNKNOWN when the age was not recorded. */
    public static AgeBand of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        for (AgeBand band : values()) {
            if (band != UNKNOWN && age >= band.from && age <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("No age band holds " + age);
    }

    /** The band as the API writes it: "12-17", "60+", "UNKNOWN". */
    @JsonValue
    public String code() {
        return code;
    }

    /** The band as the statistics tables store it: "12_17", "60_PLUS", "UNKNOWN". */
    public String storedCode() {
        return storedCode;
    }

    public static AgeBand ofStoredCode(String storedCode) {
        return Arrays.stream(values()).filter(band -> band.storedCode.equals(storedCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown age band " + storedCode));
    }

    public boolean isChild() {
        return this != UNKNOWN && to < Childhood.ADULT_AGE;
    }

    public boolean isAdult() {
        return this != UNKNOWN && from >= Childhood.ADULT_AGE;
    }
}
