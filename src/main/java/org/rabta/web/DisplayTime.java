package org.rabta.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Moments as screens show them, in the application clock's zone (Pakistan time). Templates use it as {@code #displayTime}. */
@Component
@RequiredArgsConstructor
public class DisplayTime implements TemplateObject {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    @Override
    public String templateName() {
        return "displayTime";
    }

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(clock.getZone()));
    }

    /** To the second, where the order of close events matters (the audit trail). */
    public String precise(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant.atZone(clock.getZone()));
    }

    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(clock.instant());
    }
}
