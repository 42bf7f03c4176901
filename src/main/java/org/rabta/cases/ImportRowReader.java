package org.rabta.cases;

import org.rabta.shared.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the rows of one import file into forms, each cell by the kind of its {@link CaseField}, and checks them with
 * the registration's rules ({@link CaseValidator}). Spreadsheets are read leniently where the API is strict: choice
 * names in any case and with spaces or hyphens, picklists separated by {@code ;}.
 */
final class ImportRowReader {

    private final ImportColumn[] columns;
    private final LocalDate today;
    private final Predicate<String> districtExists;
    private final Map<String, Integer> rowOfReference = new HashMap<>();

    ImportRowReader(ImportColumn[] columns, LocalDate today, Predicate<String> districtExists) {
        this.columns = columns;
        this.today = today;
        this.districtExists = districtExists;
    }

    ImportRow read(int row, List<String> fields) {
        CaseForm form = new CaseForm();
        List<Violation> inputProblems = new ArrayList<>();
        if (fields.size() != columns.length) {
            ImportRow pending = new ImportRow(row, form, inputProblems);
            pending.rowProblems.add(new ImportReport.Problem(row, Violation.of(null, "cases.import.error.columnCount",
                    columns.length, fields.size())));
            return pending;
        }
        for (int i = 0; i < columns.length; i++) {
            String value = fields.get(i).strip();
            if (value.indexOf('\u0000') >= 0) {
                // PostgreSQL cannot store a NUL in text, and a spreadsheet never means one: the cell is refused
                inputProblems.add(Violation.of(columns[i].formField(), "cases.import.error.nul"));
            } else if (!value.isEmpty()) {
                set(form, columns[i].field(), value, inputProblems);
            }
        }
        if (form.getHowIdentified() == null && inputProblems.stream().noneMatch(p -> p.field().equals("howIdentified"))) {
            form.setHowIdentified(HowIdentified.OTHER); // the column is optional; OTHER is what the registry records then
        }
        form.normalise();
        List<Violation> violations = new ArrayList<>(inputProblems);
        for (Violation violation : CaseValidator.validate(form, today, districtExists)) {
            if (inputProblems.stream().noneMatch(problem -> problem.field().equals(violation.field()))) {
                violations.add(violation);
            }
        }
        String reference = form.getExternalReference();
        if (reference != null) {
            Integer first = rowOfReference.putIfAbsent(reference, row);
            if (first != null) {
                violations.add(Violation.of("externalReference", "cases.import.error.referenceRepeated", first));
            }
        }
        return new ImportRow(row, form, violations);
    }

    private static void set(CaseForm form, CaseField field, String value, List<Violation> inputProblems) {
        String name = field.property();
        switch (field.kind().name()) {
            case DATE -> field.set(form, parsed(name, value, LocalDate::parse, "cases.api.error.date", inputProblems));
            case INTEGER -> field.set(form, parsed(name, value, Integer::valueOf, "cases.api.error.integer", inputProblems));
            case CHOICE -> field.set(form, choice(field, value, inputProblems));
            case CHOICES -> {
                List<Enum<?>> chosen = new ArrayList<>();
                for (String part : value.split(";")) {
                    if (!part.isBlank()) {
                        Enum<?> choice = choice(field, part, inputProblems);
                        if (choice == null) {
                            break;
                        }
                        chosen.add(choice);
                    }
                }
                field.set(form, field.kind().choiceSet(chosen));
            }
            case COUNTRIES -> field.set(form, new ArrayList<>(Arrays.asList(value.split(";"))));
            case DISTRICT -> field.set(form, value.toUpperCase(Locale.ROOT));
            default -> field.set(form, value);
        }
    }

    /** The value parsed, or null with the problem recorded against the field, echoing what the file holds. */
    private static <T> T parsed(String field, String value, Function<String, T> parse, String problem,
                                List<Violation> inputProblems) {
        try {
            return parse.apply(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            inputProblems.add(Violation.of(field, problem, echo(value)));
            return null;
        }
    }

    /** Names as the registry writes them; spreadsheets may give them in any case and with spaces or hyphens. */
    private static Enum<?> choice(CaseField field, String value, List<Violation> inputProblems) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Enum<?>[] constants = field.kind().choices().getEnumConstants();
        for (Enum<?> constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        inputProblems.add(Violation.of(field.property(), "cases.api.error.value", echo(value),
                Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    private static String echo(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
