package org.rabta.support;

import java.time.LocalDate;
import java.time.ZoneId;

/** The dates the tests reckon in: Rabta's days are Pakistan's days, whatever the machine's zone. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }
}
