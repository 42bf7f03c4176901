package org.rabta.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rabta.accounts.RabtaUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a chunk of valid import rows as cases, with their "imported" timeline entries: one multi-row insert each
 * (no entities, so nothing piles up in a persistence context). The columns are the imported {@link CaseField}s,
 * written as {@link CaseField#stored} gives them, as registration stores them.
 */
final class ImportedCaseRows {

    private static final List<CaseField> FIELDS = ImportColumn.all().stream().map(ImportColumn::field).toList();
    private static final String CASE_COLUMNS = "case_number, owning_agency_id, caseworker_id, caseworker_name, "
            + "identifying_agency_id, province_code, created_at, created_by, updated_at, updated_by, updated_by_name, "
            + FIELDS.stream().map(CaseField::column).collect(Collectors.joining(", "));
    private static final String CASE_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + FIELDS.stream().map(field -> field.array() ? "cast(? as varchar[])" : "?").collect(Collectors.joining(", ")) + ")";

    private ImportedCaseRows() {
    }

    /** Inserts the rows (their case numbers and provinces set) for the user's agency, the user as their caseworker. */
    static void insert(JdbcClient jdbc, RabtaUser user, Instant now, List<ImportRow> valid) {
        Map<String, Long> ids = insertCases(jdbc, user, Timestamp.from(now), valid);
        insertEvents(jdbc, user, Timestamp.from(now), valid, ids);
    }

    private static Map<String, Long> insertCases(JdbcClient jdbc, RabtaUser user, Timestamp at, List<ImportRow> valid) {
        List<Object> params = new ArrayList<>(valid.size() * (11 + FIELDS.size()));
        for (ImportRow pending : valid) {
            params.addAll(Arrays.asList(pending.caseNumber, user.agencyId(), user.id(), user.fullName(), user.agencyId(),
                    pending.provinceCode, at, user.username(), at, user.username(), user.fullName()));
            for (CaseField field : FIELDS) {
                Object value = field.stored(pending.form);
                params.add(value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")) : value);
            }
        }
        String sql = "insert into victim_case (" + CASE_COLUMNS + ") values "
                + String.join(", ", Collections.nCopies(valid.size(), CASE_VALUES)) + " returning case_number, id";
        return jdbc.sql(sql).params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void insertEvents(JdbcClient jdbc, RabtaUser user, Timestamp at, List<ImportRow> valid,
                                     Map<String, Long> ids) {
        List<Object> params = new ArrayList<>(valid.size() * 5);
        for (ImportRow pending : valid) {
            params.addAll(Arrays.asList(ids.get(pending.caseNumber), at, user.username(), user.fullName(), "row " + pending.row));
        }
        jdbc.sql("insert into case_event (case_id, occurred_at, type, actor, actor_name, details) values "
                        + String.join(", ", Collections.nCopies(valid.size(), "(?, ?, 'IMPORTED', ?, ?, ?)")))
                .params(params).update();
    }
}
