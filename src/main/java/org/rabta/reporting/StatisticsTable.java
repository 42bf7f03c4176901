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

    public record Row(String labelKey, String labelText, List<Long> values) {

        static Row keyed(String labelKey, long... values) {
            return new Row(labelKey, null, Arrays.stream(values).boxed().toList());
        }

        static Row named(String labelText, long... values) {
            return new Row(null, labelText, Arrays.stream(values).boxed().toList());
        }
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(row -> row.values().stream().allMatch(value -> value == 0));
    }
}
