package org.rabta.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column of a case import file: a {@link CaseField} the import takes, headed by its column name
 * ({@code identified_on}), in the order the import screen lists them.
 */
public record ImportColumn(CaseField field) {

    private static final List<ImportColumn> ALL = Arrays.stream(CaseField.values())
            .filter(field -> field.imported() != CaseField.Import.NO).map(ImportColumn::new).toList();

    public static List<ImportColumn> all() {
        return ALL;
    }

    /** The header as the file spells it, e.g. {@code identified_on}. */
    public String header() {
        return field.column();
    }

    /** Whether a file must have the column (the import gives some required fields a value of its own). */
    public boolean required() {
        return field.imported() == CaseField.Import.REQUIRED;
    }

    String formField() {
        return field.property();
    }

    static Optional<ImportColumn> ofHeader(String header) {
        return ALL.stream().filter(column -> column.header().equals(header)).findFirst();
    }

    /** The column that fills a form field, for reporting a broken rule against the column the user sees. */
    static String headerOf(String formField) {
        return ALL.stream().filter(column -> column.formField().equals(formField)).findFirst()
                .map(ImportColumn::header).orElse(formField);
    }

    static String allHeaders() {
        return ALL.stream().map(ImportColumn::header).collect(Collectors.joining(", "));
    }
}
