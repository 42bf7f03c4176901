package org.rabta.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class CaseImporter {

    static final int CHUNK = 500;
    static final int MAX_PROBLEMS = 10_000;

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final GeographyService geography;
    private final AuditTrail audit;
    private final Clock clock;
    @Value("${rabta.limits.csv-rows}")
    private final int maxRows;

    /** Imports the file for the user's agency; the user becomes the caseworker of every imported case. */
    @Transactional
    public ImportReport importCsv(RabtaUser user, InputStream input, ImportMode mode) throws IOException {
        CaseAccessPolicy.requireCaseRole(user);
        Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Run run = new Run(user, mode, new CsvRecords(reader));
        ImportReport report = run.execute();
        if (report.fileRejected()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } else if (report.imported() > 0) {
            audit.record(AuditRecord.of(CaseAuditAction.CASES_IMPORTED,
                    "CASE_IMPORT", null, "%d cases imported, %d rows rejected (%s)"
                    .formatted(report.imported(), report.rejected(), mode.parameter())));
        }
        return report;
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
        private final List<ImportRow> chunk = new ArrayList<>(CHUNK);
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private int problemsOmitted;
        private int rowCount;
        private int imported;
        private int rejected;
        private ImportRowReader rows;
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
                    if (++rowCount > maxRows) {
                        // Unchecked: the transaction rolls back the chunks already written, so nothing is saved.
                        throw new InputTooLargeException("limits.csv.tooManyRows", maxRows);
                    }
                    chunk.add(rows.read(records.recordNumber(), fields));
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
            return new ImportReport(mode, rowCount, fileRejected ? 0 : imported, rejected, fileRejected, problems, problemsOmitted);
        }

        // -------------------------------------------------------------- header

        private boolean readHeader() throws IOException, CsvRecords.FormatException {
            List<String> header = records.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                problem(1, null, "cases.import.error.empty", ImportColumn.allHeaders());
                return false;
            }
            ImportColumn[] columns = new ImportColumn[header.size()];
            Set<ImportColumn> seen = new HashSet<>();
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
            for (ImportColumn column : ImportColumn.all()) {
                if (column.required() && !seen.contains(column)) {
                    problem(1, column.header(), "cases.import.error.missingColumn");
                    valid = false;
                }
            }
            rows = new ImportRowReader(columns, today, provinceOfDistrict::containsKey);
            return valid;
        }

        // -------------------------------------------------------------- chunks

        /** Checks the chunk's references against the agency's cases, reports its bad rows and saves the good ones. */
        private void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<String> references = chunk.stream().filter(ImportRow::valid)
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
                for (ImportRow pending : chunk) {
                    if (pending.valid() && taken.contains(pending.form.getExternalReference())) {
                        pending.violations.add(Violation.of("externalReference", "cases.error.externalReferenceTaken"));
                    }
                }
            }
            List<ImportRow> valid = new ArrayList<>();
            for (ImportRow pending : chunk) {
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

        private void save(List<ImportRow> valid) {
            if (valid.isEmpty()) {
                return;
            }
            Map<String, List<ImportRow>> bySeries = new LinkedHashMap<>();
            for (ImportRow pending : valid) {
                pending.provinceCode = provinceOfDistrict.get(pending.form.getDistrictCode());
                String prefix = prefixOfProvince.get(pending.provinceCode);
                bySeries.computeIfAbsent(prefix + "-" + pending.form.getIdentifiedOn().getYear(), key -> new ArrayList<>())
                        .add(pending);
            }
            for (List<ImportRow> series : bySeries.values()) {
                ImportRow first = series.getFirst();
                String prefix = prefixOfProvince.get(first.provinceCode);
                int year = first.form.getIdentifiedOn().getYear();
                long next = numbers.reserve(prefix, year, series.size()) - series.size() + 1;
                for (ImportRow pending : series) {
                    pending.caseNumber = CaseNumbers.format(prefix, year, next++);
                }
            }
            ImportedCaseRows.insert(jdbc, user, now, valid);
            audit.recordAll(valid.stream().map(pending -> AuditRecord.forCase(CaseAuditAction.CASE_IMPORTED,
                    pending.caseNumber,
                    "row %d of a CSV import%s".formatted(pending.row, pending.form.getExternalReference() == null ? ""
                            : ", external reference " + pending.form.getExternalReference()))).toList());
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
