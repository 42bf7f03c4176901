package org.rabta.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

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
 * {@code <5} when 1 to 4. A total minus the shown parts of a breakdown that adds up to it (the categories of
 * persons, the months, the provinces ...) is the sum of the hidden parts, which would give a lone {@code <5} back:
 * {@link #breakdown} withholds further parts of 5 or more ({@code 5+}), smallest first, until that sum no longer
 * pins any of the suppressed ones down.
 */
final class SmallCells {

    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";
    static final String WITHHELD = "5+";

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

    /**
     * The parts of a breakdown whose total is shown too. Knowing the rule, a reader learns from the total the sum of
     * the hidden parts, that each suppressed part is 1 to 4 and each withheld one 5 or more; parts are withheld,
     * smallest first, until every suppressed part can still take at least two values.
     */
    List<Count> breakdown(List<Long> parts) {
        List<Count> shown = new ArrayList<>(parts.stream().map(this::count).toList());
        long suppressed = 0;
        long hidden = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (shown.get(i).isSuppressed()) {
                suppressed++;
                hidden += parts.get(i);
            }
        }
        if (suppressed == 0) {
            return List.copyOf(shown);
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!shown.get(i).isSuppressed() && parts.get(i) > 0) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparing(parts::get));
        int withheld = 0;
        for (Iterator<Integer> next = candidates.iterator(); !hidesEach(suppressed, hidden, withheld) && next.hasNext(); ) {
            int i = next.next();
            shown.set(i, Count.WITHHELD);
            hidden += parts.get(i);
            withheld++;
        }
        return List.copyOf(shown);
    }

    /**
     * Whether a reader who knows the sum of the hidden parts can still not pin down any suppressed one. Without
     * withheld parts the suppressed ones (1 to 4 each) must be two or more and their sum strictly between its least
     * and greatest possible value; with withheld parts (5 or more each) the sum must leave each suppressed part room
     * for two values.
     */
    private static boolean hidesEach(long suppressed, long hidden, int withheld) {
        if (withheld == 0) {
            return suppressed >= 2 && hidden > suppressed && hidden < (THRESHOLD - 1) * suppressed;
        }
        return hidden - (long) THRESHOLD * withheld >= suppressed + 1;
    }

    private static boolean small(long n) {
        return n > 0 && n < THRESHOLD;
    }
}
