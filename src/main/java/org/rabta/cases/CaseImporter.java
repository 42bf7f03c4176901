package org.rabta.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.rabta.shared.InputTooLargeException;
import org.rabta.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports cases from a CSV file (agencies moving from spreadsheets), with the registration's rules
 * ({@link CaseValidator}) and number series ({@link CaseNumbers}). Sized for files of 100,000 rows: the file is
 * read as a stream, rows are validated and written in chunks of {@link #CHUNK} with multi-row inserts (no
 * entities, so nothing piles up in a persistence context) and case numbers are reserved a block per province
 * and year at a time. The whole import is one transaction: an all-or-nothing import with a bad row, or a file
 * that is not readable CSV, is rolled back, so nothing of it is ever half-saved. The case-number counters it
 * touched stay locked until it ends, so registrations in the same province and year wait for it.
 */
@Service
class CaseImporter {

    static final int CHUNK = 500;
    static final int MAX_PROBLEMS = 10_000;

    private static final String CASE_COLUMNS = "case_number, owning_agency_id, caseworker_id, caseworker_name, "
            + "identifying_agency_id, external_reference, identified_on, district_code, province_code, how_identified, "
            + "first_name, last_name, father_or_husband_name, sex, date_of_birth, age_years, nationality, cnic, "
            + "exploitation_types, created_at, created_by, updated_at, updated_by, updated_by_name";
    private static final String CASE_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as varchar(30)[]), ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final GeographyService geography;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxRows;

    CaseImporter(JdbcClient jdbc, CaseNumbers numbers, GeographyService geography, AuditTrail audit, Clock clock,
                 @Value("${rabta.limits.csv-rows}") int maxRows) {
        this.maxRows = maxRows;
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imports the file for the user's agency; the user becomes the caseworker of every imported case. */
    @Transactional
    public ImportReport importCsv(RabtaUser user, InputStream input, ImportMode mode) throws IOException {
        CaseService.requireCaseRole(user);
        Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Run run = new Run(user, mode, new CsvRecords(reader));
        ImportReport report = run.execute();
        if (report.fileRejected()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } else if (report.imported() > 0) {
            audit.record(AuditRecord.of("CASES_IMPORTED", "CASE_IMPORT", null, "%d cases imported, %d rows rejected (%s)"
                    .formatted(report.imported(), report.rejected(), mode.parameter())));
        }
        return report;
    }

    /** A data row read from the file, waiting in the current chunk. */
    private static final class PendingRow {
        final int row;
        final CaseForm form;
        final List<Violation> violations;
        final List<ImportReport.Problem> rowProblems = new ArrayList<>();
        String provinceCode;
        String caseNumber;

        PendingRow(int row, CaseForm form, List<Violation> violations) {
            this.row = row;
            this.form = form;
            this.violations = violations;
        }

        boolean valid() {
            return violations.isEmpty() && rowProblems.isEmpty();
        }
    }

    /** One import's state: the chunk being read, the references seen, the counts and the problems so far. */
    private final class Run {

        private final RabtaUser user;
        private final ImportMode mode;
        private final CsvRecords records;
        private final LocalDate today = LocalDate.now(clock);
        private final Instant now = clock.instant();
        private final Map<String, String> provinceOfDistrict = geography.districts().stream()
                .collect(Collectors.toMap(District::getCode, District::getProvinceCode));
        private final Map<String, String> prefixOfProvince = geography.provinces().stream()
                .collect(Collectors.toMap(Province::getCode, Province::getCasePrefix));
        private final Map<String, Integer> rowOfReference = new HashMap<>();
        private final List<PendingRow> chunk = new ArrayList<>(CHUNK);
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private int problemsOmitted;
        private int rows;
        private int imported;
        private int rejected;
        private ImportColumn[] columns;
        private final Map<String, Integer> columnOfField = new HashMap<>();

        Run(RabtaUser user, ImportMode mode, CsvRecords records) {
            this.user = user;
            this.mode = mode;
            this.records = records;
        }

        ImportReport execute() throws IOException {
            try {
                if (!readHeader()) {
                    return report(true);
                }
                List<String> fields;
                while ((fields = records.next()) != null) {
                    if (fields.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (++rows > maxRows) {
                        // Unchecked: the transaction rolls back the chunks already written, so nothing is saved.
                        throw new InputTooLargeException("limits.csv.tooManyRows", maxRows);
                    }
                    chunk.add(read(records.recordNumber(), fields));
                    if (chunk.size() == CHUNK) {
                        flush();
                    }
                }
                flush();
            } catch (CsvRecords.FormatException e) {
                problem(e.recordNumber(), null, e.messageCode());
                return report(true);
            }
            return report(mode == ImportMode.ALL_OR_NOTHING && rejected > 0);
        }

        private ImportReport report(boolean fileRejected) {
            return new ImportReport(mode, rows, fileRejected ? 0 : imported, rejected, fileRejected, problems, problemsOmitted);
        }

        // -------------------------------------------------------------- header

        private boolean readHeader() throws IOException, CsvRecords.FormatException {
            List<String> header = records.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                problem(1, null, "cases.import.error.empty", ImportColumn.allHeaders());
                return false;
            }
            columns = new ImportColumn[header.size()];
            Set<ImportColumn> seen = EnumSet.noneOf(ImportColumn.class);
            boolean valid = true;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('\u0000', '\uFFFD');
                ImportColumn column = ImportColumn.ofHeader(name).orElse(null);
                if (column == null) {
                    problem(1, name, "cases.import.error.unknownColumn", ImportColumn.allHeaders());
                    valid = false;
                } else if (!seen.add(column)) {
                    problem(1, name, "cases.import.error.duplicateColumn");
                    valid = false;
                }
                columns[i] = column;
                if (column != null) {
                    columnOfField.putIfAbsent(column.formField(), i);
                }
            }
            for (ImportColumn column : ImportColumn.values()) {
                if (column.required() && !seen.contains(column)) {
                    problem(1, column.header(), "cases.import.error.missingColumn");
                    valid = false;
                }
            }
            return valid;
        }

        // -------------------------------------------------------------- rows

        private PendingRow read(int row, List<String> fields) {
            CaseForm form = new CaseForm();
            List<Violation> inputProblems = new ArrayList<>();
            if (fields.size() != columns.length) {
                PendingRow pending = new PendingRow(row, form, inputProblems);
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
                    set(form, columns[i], value, inputProblems);
                }
            }
            if (form.getHowIdentified() == null && inputProblems.stream().noneMatch(p -> p.field().equals("howIdentified"))) {
                form.setHowIdentified(HowIdentified.OTHER); // the column is optional; OTHER is what the registry records then
            }
            form.normalise();
            List<Violation> violations = new ArrayList<>(inputProblems);
            for (Violation violation : CaseValidator.validate(form, today, provinceOfDistrict::containsKey)) {
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
            return new PendingRow(row, form, violations);
        }

        private void set(CaseForm form, ImportColumn column, String value, List<Violation> inputProblems) {
            String field = column.formField();
            switch (column) {
                case EXTERNAL_REFERENCE -> form.setExternalReference(value);
                case IDENTIFIED_ON -> form.setIdentifiedOn(date(field, value, inputProblems));
                case DISTRICT_CODE -> form.setDistrictCode(value.toUpperCase(Locale.ROOT));
                case HOW_IDENTIFIED -> form.setHowIdentified(value(HowIdentified.class, field, value, inputProblems));
                case FIRST_NAME -> form.setFirstName(value);
                case LAST_NAME -> form.setLastName(value);
                case FATHER_OR_HUSBAND_NAME -> form.setFatherOrHusbandName(value);
                case SEX -> form.setSex(value(Sex.class, field, value, inputProblems));
                case DATE_OF_BIRTH -> form.setDateOfBirth(date(field, value, inputProblems));
                case AGE_YEARS -> form.setAgeYears(integer(field, value, inputProblems));
                case NATIONALITY -> form.setNationality(value);
                case CNIC -> form.setCnic(value);
                case EXPLOITATION_TYPES -> {
                    Set<ExploitationType> types = EnumSet.noneOf(ExploitationType.class);
                    for (String part : value.split(";")) {
                        if (!part.isBlank()) {
                            ExploitationType type = value(ExploitationType.class, field, part, inputProblems);
                            if (type == null) {
                                break;
                            }
                            types.add(type);
                        }
                    }
                    form.setExploitationTypes(types);
                }
            }
        }

        private static LocalDate date(String field, String value, List<Violation> inputProblems) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                inputProblems.add(Violation.of(field, "cases.api.error.date", echo(value)));
                return null;
            }
        }

        private static Integer integer(String field, String value, List<Violation> inputProblems) {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                inputProblems.add(Violation.of(field, "cases.api.error.integer", echo(value)));
                return null;
            }
        }

        /** Names as the registry writes them; spreadsheets may give them in any case and with spaces or hyphens. */
        private static <E extends Enum<E>> E value(Class<E> type, String field, String value, List<Violation> inputProblems) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            inputProblems.add(Violation.of(field, "cases.api.error.value", echo(value),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }

        private static String echo(String value) {
            return value.length() <= 40 ? value : value.substring(0, 40) + "…";
        }

        // -------------------------------------------------------------- chunks

        /** Checks the chunk's references against the agency's cases, reports its bad rows and saves the good ones. */
        private void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<String> references = chunk.stream().filter(PendingRow::valid)
                    .map(pending -> pending.form.getExternalReference()).filter(Objects::nonNull).toList();
            if (!references.isEmpty()) {
                // a semi-join on the array rather than "in (...)": the planner's statistics do not yet know the rows this
                // import has written, and a 500-value list compared with every one of them made each chunk take seconds
                Set<String> taken = new HashSet<>(jdbc.sql("""
                                select r.reference from unnest(cast(:references as text[])) as r(reference)
                                where exists (select 1 from victim_case c
                                              where c.owning_agency_id = :agency and c.external_reference = r.reference)""")
                        .param("agency", user.agencyId()).param("references", references.toArray(String[]::new))
                        .query(String.class).list());
                for (PendingRow pending : chunk) {
                    if (pending.valid() && taken.contains(pending.form.getExternalReference())) {
                        pending.violations.add(Violation.of("externalReference", "cases.error.externalReferenceTaken"));
                    }
                }
            }
            List<PendingRow> valid = new ArrayList<>();
            for (PendingRow pending : chunk) {
                if (pending.valid()) {
                    valid.add(pending);
                } else {
                    rejected++;
                    pending.rowProblems.forEach(this::problem);
                    // in the order of the file's columns, as the user reads the row
                    pending.violations.sort(Comparator.comparing(
                            violation -> columnOfField.getOrDefault(violation.field(), Integer.MAX_VALUE)));
                    pending.violations.forEach(violation -> problem(pending.row, ImportColumn.headerOf(violation.field()),
                            violation.code(), violation.arguments().toArray()));
                }
            }
            // an all-or-nothing import stops writing at its first bad row, but reads on to report every other one
            if (mode == ImportMode.VALID_ROWS || rejected == 0) {
                save(valid);
                imported += valid.size();
            }
            chunk.clear();
        }

        private void save(List<PendingRow> valid) {
            if (valid.isEmpty()) {
                return;
            }
            Map<String, List<PendingRow>> bySeries = new LinkedHashMap<>();
            for (PendingRow pending : valid) {
                pending.provinceCode = provinceOfDistrict.get(pending.form.getDistrictCode());
                String prefix = prefixOfProvince.get(pending.provinceCode);
                bySeries.computeIfAbsent(prefix + "-" + pending.form.getIdentifiedOn().getYear(), key -> new ArrayList<>())
                        .add(pending);
            }
            for (List<PendingRow> series : bySeries.values()) {
                PendingRow first = series.getFirst();
                String prefix = prefixOfProvince.get(first.provinceCode);
                int year = first.form.getIdentifiedOn().getYear();
                long next = numbers.reserve(prefix, year, series.size()) - series.size() + 1;
                for (PendingRow pending : series) {
                    pending.caseNumber = CaseNumbers.format(prefix, year, next++);
                }
            }
            Map<String, Long> ids = insertCases(valid);
            insertEvents(valid, ids);
            audit.recordAll(valid.stream().map(pending -> AuditRecord.forCase("CASE_IMPORTED", pending.caseNumber,
                    "row %d of a CSV import%s".formatted(pending.row, pending.form.getExternalReference() == null ? ""
                            : ", external reference " + pending.form.getExternalReference()))).toList());
        }

        private Map<String, Long> insertCases(List<PendingRow> valid) {
            List<Object> params = new ArrayList<>(valid.size() * 24);
            Timestamp at = Timestamp.from(now);
            for (PendingRow pending : valid) {
                CaseForm form = pending.form;
                params.addAll(Arrays.asList(pending.caseNumber, user.agencyId(), user.id(), user.fullName(), user.agencyId(),
                        form.getExternalReference(), form.getIdentifiedOn(), form.getDistrictCode(), pending.provinceCode,
                        form.getHowIdentified().name(), form.getFirstName(), form.getLastName(), form.getFatherOrHusbandName(),
                        form.getSex().name(), form.getDateOfBirth(), CaseValidator.ageAtIdentification(form),
                        form.getNationality(), form.getCnic(),
                        form.getExploitationTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")),
                        at, user.username(), at, user.username(), user.fullName()));
            }
            String sql = "insert into victim_case (" + CASE_COLUMNS + ") values "
                    + String.join(", ", Collections.nCopies(valid.size(), CASE_VALUES)) + " returning case_number, id";
            return jdbc.sql(sql).params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        private void insertEvents(List<PendingRow> valid, Map<String, Long> ids) {
            List<Object> params = new ArrayList<>(valid.size() * 5);
            Timestamp at = Timestamp.from(now);
            for (PendingRow pending : valid) {
                params.addAll(Arrays.asList(ids.get(pending.caseNumber), at, user.username(), user.fullName(), "row " + pending.row));
            }
            jdbc.sql("insert into case_event (case_id, occurred_at, type, actor, actor_name, details) values "
                            + String.join(", ", Collections.nCopies(valid.size(), "(?, ?, 'IMPORTED', ?, ?, ?)")))
                    .params(params).update();
        }

        // -------------------------------------------------------------- report

        private void problem(ImportReport.Problem problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                problemsOmitted++;
            }
        }

        private void problem(int row, String field, String code, Object... arguments) {
            problem(new ImportReport.Problem(row, Violation.of(field, code, arguments)));
        }
    }
}
