package org.rabta.reporting;

/**
 * The one small-cell rule of every statistics output (page, chart, PDF, CSV, XLSX, JSON): for a reader outside the
 * agency that owns the cases counted, a count of 1 to 4 is suppressed ({@code <5}) so that nobody can be singled out
 * by combining a small count with what else is known about a district or a month; 0 stays 0, since it singles out
 * nobody. The owning agency (a caseworker or supervisor, whose reach is their agency's own cases) sees exact counts.
 * A reach over several agencies' cases (a committee's jurisdiction, the country) is read from outside every one of
 * them, the reader's own agency included: a cell of such a reach is never all the reader's own data.
 * <p>
 * A median is a figure about each referral it is taken over: for an outside reader, the median of fewer than
 * {@link #THRESHOLD} referrals is withheld too.
 * <p>
 * Totals (all persons, women, children, referrals sent) are counts like any other: exact when 0 or 5 and more,
 * {@code <5} when 1 to 4.
 */
final class SmallCells {

    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";

    private final boolean owner;

    private SmallCells(boolean owner) {
        this.owner = owner;
    }

    /** The rule for whoever reads the figures of {@code reach}. */
    static SmallCells readerOf(Reach reach) {
        return new SmallCells(reach.kind() == Reach.Kind.AGENCY);
    }

    Count count(long n) {
        return owner || !small(n) ? Count.exact(n) : Count.SUPPRESSED;
    }

    /** The median of {@code of} values, null when there is none or it is withheld. */
    Long median(Long median, long of) {
        return owner || of >= THRESHOLD ? median : null;
    }

    /** Whether a median that exists is withheld. */
    boolean withholdsMedian(Long median, long of) {
        return median != null && median(median, of) == null;
    }

    private static boolean small(long n) {
        return n > 0 && n < THRESHOLD;
    }
}
