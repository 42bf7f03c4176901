package org.rabta.reporting;

import java.util.Arrays;
import java.util.List;

/**
 * One table of figures: the accessible table under a chart, the same numbers the chart draws, and what an export
 * writes. A label is either a message key (enumerated values) or a text (place names).
 *
 * @param id      stable name, used for the export link and the chart
 * @param chart   the Chart.js chart type drawn from the table (bar, line, doughnut)
 * @param columns the series (column headings after the label column), as message keys
 */
public record StatisticsTable(String id, String titleKey, String chart, List<String> columns, List<Row> rows) {

    /** A row of counts as its reader may see them ({@link SmallCells}). */
    public record Row(String labelKey, String labelText, List<Count> values) {

        static Row keyed(SmallCells rule, String labelKey, long... values) {
            return new Row(labelKey, null, counts(rule, values));
        }

        static Row named(SmallCells rule, String labelText, long... values) {
            return new Row(null, labelText, counts(rule, values));
        }

        private static List<Count> counts(SmallCells rule, long... values) {
            return Arrays.stream(values).mapToObj(rule::count).toList();
        }
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(row -> row.values().stream().allMatch(value -> Long.valueOf(0).equals(value.value())));
    }
}
