package org.rabta.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments shown on case screens, in Pakistan time (the application clock's zone). Templates use it as {@code @caseTime}. */
@Component("caseTime")
public class CaseTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    CaseTime(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clock.getZone()));
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(clock.getZone()));
    }
}
