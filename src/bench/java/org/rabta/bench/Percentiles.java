package org.rabta.bench;

import java.util.Arrays;

/** Response-time percentiles (nearest rank) and the table row every benchmark prints. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The value below which {@code percent}% of the sorted values lie (nearest rank). */
    public static double of(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))];
    }

    /** The head of a table of {@link #row rows}. */
    public static String header(String title) {
        return "%-54s %8s %8s %8s %8s %8s".formatted(title, "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
    }

    /** A row for times measured one after another: the rate is their count over their sum. */
    public static String row(String name, double[] times) {
        return row(name, times, times.length / (Arrays.stream(times).sum() / 1000));
    }

    /** A row of the table under {@link #header}: p50, p95, p99 and max of the times (ms), and the rate. */
    public static String row(String name, double[] times, double perSecond) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return "%-54s %8.1f %8.1f %8.1f %8.1f %8.1f".formatted(name, of(sorted, 50), of(sorted, 95), of(sorted, 99),
                sorted[sorted.length - 1], perSecond);
    }
}
