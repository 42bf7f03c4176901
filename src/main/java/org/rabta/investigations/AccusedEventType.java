package org.rabta.investigations;

import java.util.EnumSet;
import java.util.Set;

/** A step on an accused person's path from arrest to the outcome in court (and appeal). */
public enum AccusedEventType {
    ARRESTED, BAILED,
    /** Absconding: declared a proclaimed offender. */
    ABSCONDED,
    /** The charge sheet (challan) submitted to the trial court, under the offences it names. */
    CHARGE_SHEET,
    HEARING,
    CONVICTED, ACQUITTED, DISCHARGED, COMPROMISED,
    APPEALED,
    DIED;

    /** The outcomes in court: each needs a charge sheet before it, and a second one an appeal in between. */
    public static final Set<AccusedEventType> VERDICTS = EnumSet.of(CONVICTED, ACQUITTED, DISCHARGED, COMPROMISED);

    public boolean verdict() {
        return VERDICTS.contains(this);
    }
}
