package org.rabta.reporting;

/**
 * The dashboard's median days from the FIR to the first charge sheet and from the first charge sheet to the first
 * verdict, as the reader may see them: null when there is none in the period or it is withheld ({@link SmallCells}),
 * and whether it is withheld.
 */
public record JusticeMedians(Long daysToChargeSheet, boolean chargeSheetWithheld, Long daysToVerdict,
                             boolean verdictWithheld) {

    static JusticeMedians of(JusticeStatistics.Medians medians, SmallCells rule) {
        return new JusticeMedians(rule.median(medians.daysToChargeSheet(), medians.chargeSheeted()),
                rule.withholdsMedian(medians.daysToChargeSheet(), medians.chargeSheeted()),
                rule.median(medians.daysToVerdict(), medians.decided()),
                rule.withholdsMedian(medians.daysToVerdict(), medians.decided()));
    }
}
