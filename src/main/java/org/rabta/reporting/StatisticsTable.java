package org.rabta.reporting;

import java.util.ArrayList;
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
    }

    /** A row as counted, before the reader's rule applies: never leaves the reporting services. */
    record Counted(String labelKey, String labelText, long... values) {

        static Counted keyed(String labelKey, long... values) {
            return new Counted(labelKey, null, values);
        }

        static Counted named(String labelText, long... values) {
            return new Counted(null, labelText, values);
        }
    }

    /** Which counts of a table add up to a total shown elsewhere, and so are a breakdown ({@link SmallCells#breakdown}). */
    enum Parts {
        /** None: a person may count in several rows (exploitation types), or the rows are not parts of one whole. */
        NONE,
        /** Each column: the rows of a column add up to a total (persons; referrals sent, accepted ...). */
        COLUMNS,
        /** Every cell of the table together adds up to the total (persons by age band and sex). */
        WHOLE
    }

    /** The table its reader sees: the counted rows through the rule, with the parts of each breakdown together. */
    static StatisticsTable of(String id, String titleKey, String chart, List<String> columns, List<Counted> counted,
                              SmallCells rule, Parts parts) {
        int width = columns.size();
        Count[][] shown = new Count[counted.size()][width];
        switch (parts) {
            case NONE -> {
                for (int r = 0; r < counted.size(); r++) {
                    for (int c = 0; c < width; c++) {
                        shown[r][c] = rule.count(counted.get(r).values()[c]);
                    }
                }
            }
            case COLUMNS -> {
                for (int c = 0; c < width; c++) {
                    int column = c;
                    List<Count> part = rule.breakdown(counted.stream().map(row -> row.values()[column]).toList());
                    for (int r = 0; r < counted.size(); r++) {
                        shown[r][c] = part.get(r);
                    }
                }
            }
            case WHOLE -> {
                List<Count> all = rule.breakdown(counted.stream().flatMap(row -> Arrays.stream(row.values()).boxed()).toList());
                for (int r = 0; r < counted.size(); r++) {
                    for (int c = 0; c < width; c++) {
                        shown[r][c] = all.get(r * width + c);
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < counted.size(); r++) {
            rows.add(new Row(counted.get(r).labelKey(), counted.get(r).labelText(), List.of(shown[r])));
        }
        return new StatisticsTable(id, titleKey, chart, columns, rows);
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(row -> row.values().stream().allMatch(value -> Long.valueOf(0).equals(value.value())));
    }
}
