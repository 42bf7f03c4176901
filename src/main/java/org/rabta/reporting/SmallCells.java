package org.rabta.reporting;

/**
 * Small-cell suppression for exported aggregates: a count below {@link #THRESHOLD} is written "<5", so that nobody
 * can be singled out by combining a small count with what else is known about a district or a month.
 */
final class SmallCells {

    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";

    private SmallCells() {
    }

    static Object suppress(long count) {
        return count < THRESHOLD ? SUPPRESSED : (Object) count;
    }
}
