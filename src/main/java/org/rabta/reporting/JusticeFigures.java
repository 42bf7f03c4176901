package org.rabta.reporting;

import java.util.List;
import org.rabta.reporting.JusticeStatistics.Figure;

/**
 * Investigations and prosecutions of the annual report and the dashboard, as the reader may see them
 * ({@link SmallCells}): each a count of its own, not parts of one whole (an investigation under both laws counts under
 * each, an accused person may be arrested and convicted in the same year).
 */
public record JusticeFigures(Count investigations, Count investigationsPtpa, Count investigationsPsma,
                             Count accusedArrested, Count accusedProsecuted, Count accusedConvicted,
                             Count accusedAcquitted) {

    static JusticeFigures of(JusticeStatistics.Counts counts, SmallCells rule) {
        return new JusticeFigures(rule.count(counts.total(Figure.INVESTIGATIONS)), rule.count(counts.total(Figure.PTPA)),
                rule.count(counts.total(Figure.PSMA)), rule.count(counts.total(Figure.ARRESTED)),
                rule.count(counts.total(Figure.PROSECUTED)), rule.count(counts.total(Figure.CONVICTED)),
                rule.count(counts.total(Figure.ACQUITTED)));
    }

    /** The figures in the order of {@link Figure}. */
    public List<Count> values() {
        return List.of(investigations, investigationsPtpa, investigationsPsma, accusedArrested, accusedProsecuted,
                accusedConvicted, accusedAcquitted);
    }
}
