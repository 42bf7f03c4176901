package org.rabta.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A count as one reader may see it: exact, or suppressed ({@code <5}). A suppressed count does not hold the number
 * at all, so no output (page, chart, PDF, CSV, XLSX, JSON) built from it can show it by mistake. Only
 * {@link SmallCells} makes counts.
 */
public final class Count {

    static final Count SUPPRESSED = new Count(null);

    private final Long value;

    private Count(Long value) {
        this.value = value;
    }

    static Count exact(long value) {
        return new Count(value);
    }

    public boolean isSuppressed() {
        return value == null;
    }

    /** The number, or null when it is suppressed. */
    public Long value() {
        return value;
    }

    /** What a file or a JSON document holds: the number, or the text {@code <5}. */
    @JsonValue
    public Object cell() {
        return value == null ? SmallCells.SUPPRESSED : value;
    }

    @Override
    public String toString() {
        return value == null ? SmallCells.SUPPRESSED : value.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Count count && Objects.equals(value, count.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
