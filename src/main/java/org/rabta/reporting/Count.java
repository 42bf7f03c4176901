package org.rabta.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A count as one reader may see it: exact, suppressed ({@code <5}: 1 to 4), or withheld beside a suppressed one so that
 * a total cannot give that one back ({@code 5+}). A count not shown does not hold the number at all, so no output
 * (page, chart, PDF, CSV, XLSX, JSON) built from it can show it by mistake. Only {@link SmallCells} makes counts.
 */
public final class Count {

    static final Count SUPPRESSED = new Count(null, SmallCells.SUPPRESSED);
    static final Count WITHHELD = new Count(null, SmallCells.WITHHELD);

    private final Long value;
    private final String marker;

    private Count(Long value, String marker) {
        this.value = value;
        this.marker = marker;
    }

    static Count exact(long value) {
        return new Count(value, null);
    }

    /** Whether the number is not shown ({@code <5} or {@code 5+}). */
    public boolean isSuppressed() {
        return value == null;
    }

    /** The number, or null when it is suppressed. */
    public Long value() {
        return value;
    }

    /** What a file or a JSON document holds: the number, or the text {@code <5} or {@code 5+}. */
    @JsonValue
    public Object cell() {
        return value == null ? marker : value;
    }

    @Override
    public String toString() {
        return value == null ? marker : value.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Count count && Objects.equals(value, count.value) && Objects.equals(marker, count.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, marker);
    }
}
