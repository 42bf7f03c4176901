package org.rabta.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.audit.CaseReads;
import org.rabta.cases.CaseAccessPolicy;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CasesApi;
import org.rabta.cases.ReadableCases;
import org.rabta.investigations.InvestigationAccess;
import org.rabta.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports of the cases a user may see: the case list, and the same cases in the Human Trafficking Case Data
 * Standard. Which cases is the case list's own rule ({@link CasesApi#readableCases}); the rows are read through
 * a cursor ({@link #FETCH_SIZE} at a time) and written as they arrive, so that a million cases never sit in memory.
 * Each export is audited, with its filter, before the first row is written, and every case it hands out is recorded
 * against that event in batches as the rows go out ({@link CaseReads}), in the transaction that reads them. What
 * each file's row holds is {@link ExportRows}.
 */
@Service
public class CaseExports {

    static final int FETCH_SIZE = 1000;

    static final String CASE_COLUMNS = """
            c.case_number, c.status, c.identified_on, c.province_code, c.district_code, c.how_identified, c.sex,
            c.age_years, c.nationality, c.exploitation_types, c.control_methods, c.recruitment_methods,
            c.consent_data_processing, c.origin_country, c.destination_country, c.caseworker_name, c.first_name,
            c.last_name, c.father_or_husband_name, c.aliases, c.date_of_birth, c.cnic, c.passport_number, c.phone, c.address""";

    /**
     * The accused of the investigations of the exporter's agency in which a case is a victim, one row per case and
     * accused, with the offences of the FIR.
     */
    private static final String PERPETRATOR_ROWS = """
            select c.case_number, i.fir_number, i.registered_on, acc.sex, acc.age_years, acc.nationality, acc.role,
                   acc.first_arrested_on, acc.first_charge_sheet_on, acc.first_verdict_on, acc.latest_verdict, acc.name,
                   acc.father_name, acc.cnic, acc.passport_number,
                   array(select o.offence_code from investigation_offence o where o.investigation_id = i.id
                         order by o.offence_code) as offences
            from victim_case c join investigation_victim iv on iv.case_id = c.id
            join investigation i on i.id = iv.investigation_id join accused acc on acc.investigation_id = i.id
            where %s and i.registering_agency_id = :investigatingAgency
            order by c.id, i.id, acc.position""";

    private final CasesApi cases;
    private final InvestigationAccess investigations;
    private final AuditTrail audit;
    private final NamedParameterJdbcTemplate cursor;
    private final TransactionTemplate transaction;

    CaseExports(CasesApi cases, InvestigationAccess investigations, AuditTrail audit, DataSource dataSource,
                PlatformTransactionManager transactions) {
        this.cases = cases;
        this.investigations = investigations;
        this.audit = audit;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // PostgreSQL reads through a cursor only with a fetch size inside a transaction; otherwise it loads every row.
        template.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(template);
        // Not read-only: the cases handed out are audited in the same transaction, batch by batch.
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether the user has cases to export: whoever may list whole records ({@link CaseAccessPolicy#mayList}). */
    public static boolean mayExportCases(RabtaUser user) {
        return CaseAccessPolicy.mayList(user);
    }

    /** The case list with its filter, as the list shows it (names included: the user sees them on the list). */
    @Transactional
    public CaseExport caseList(RabtaUser user, CaseFilter filter, ExportFormat format) {
        ReadableCases readable = cases.readableCases(user, filter);
        CaseReads reads = startRead(user, filter, format + " case list");
        return out -> stream(casesOf(readable), readable.params(), reads, format, "Cases", ExportRows.CASE_LIST_HEADER, out,
                ExportRows::caseList);
    }

    /**
     * The cases in HTCDS field names and picklist values (docs/HTCDS.md). Direct identifiers (names, date of birth,
     * CNIC, passport, phone, address) only when asked for, and only for a supervisor.
     */
    @Transactional
    public CaseExport htcds(RabtaUser user, CaseFilter filter, boolean withIdentifiers) {
        ReadableCases readable = cases.readableCases(user, filter);
        CaseReads reads = startHtcdsRead(user, filter, withIdentifiers, "HTCDS");
        List<Object> header = List.copyOf(Htcds.header(withIdentifiers));
        return out -> stream(casesOf(readable), readable.params(), reads, ExportFormat.CSV, "HTCDS", header, out,
                rs -> ExportRows.htcds(rs, withIdentifiers));
    }

    /**
     * The perpetrator fields of HTCDS (docs/HTCDS.md), in a file of their own keyed by case: the accused of the
     * investigations the user may read (their agency's, {@link InvestigationAccess}) that name the case as a victim,
     * for the cases of the HTCDS file with the same filter. Names, fathers' names, CNICs and passport numbers only
     * when asked for, and only for a supervisor, as for the victims.
     */
    @Transactional
    public CaseExport htcdsPerpetrators(RabtaUser user, CaseFilter filter, boolean withIdentifiers) {
        ReadableCases readable = cases.readableCases(user, filter);
        CaseReads reads = startHtcdsRead(user, filter, withIdentifiers, "HTCDS perpetrators");
        Map<String, Object> params = new HashMap<>(readable.params());
        // Outside a law-enforcement agency nobody reads investigations: the file has its header only.
        params.put("investigatingAgency", investigations.mayInvestigate(user) ? user.agencyId() : -1L);
        List<Object> header = List.copyOf(Htcds.perpetratorHeader(withIdentifiers));
        return out -> stream(PERPETRATOR_ROWS.formatted(readable.where()), params, reads, ExportFormat.CSV,
                "HTCDS perpetrators", header, out, rs -> ExportRows.htcdsPerpetrator(rs, withIdentifiers));
    }

    /**
     * The audit line that starts an HTCDS file, saying whether it holds direct identifiers; those only a supervisor
     * may ask for.
     */
    private CaseReads startHtcdsRead(RabtaUser user, CaseFilter filter, boolean withIdentifiers, String file) {
        if (withIdentifiers && !user.hasRole(Role.SUPERVISOR)) {
            throw new BusinessRuleException("reporting.error.identifiersSupervisorOnly");
        }
        return startRead(user, filter,
                file + " CSV " + (withIdentifiers ? "WITH direct identifiers" : "without direct identifiers"));
    }

    /** The audit line that starts an export: what the file holds, and the filter that chose its cases. */
    private CaseReads startRead(RabtaUser user, CaseFilter filter, String file) {
        return audit.startRead(BulkRead.of(ReportingAuditAction.CASES_EXPORTED, file, filter.terms()).byActor(user.username()));
    }

    private static String casesOf(ReadableCases readable) {
        return "select " + CASE_COLUMNS + " from victim_case c where " + readable.where() + " order by c.id";
    }

    @FunctionalInterface
    private interface RowMapper {
        List<Object> map(ResultSet rs) throws SQLException;
    }

    /**
     * Writes the rows and audits each case as it is handed to the writer. A failure to write (the client went away)
     * stops the reading but still commits the cases recorded so far, since those rows may have reached the client;
     * the failure is rethrown after the commit.
     */
    private void stream(String sql, Map<String, ?> params, CaseReads reads, ExportFormat format, String sheet,
                        List<Object> header, OutputStream out, RowMapper mapper) throws IOException {
        try (TableWriter writer = format.writer(out, sheet)) {
            writer.row(header);
            IOException failed = transaction.execute(status -> {
                IOException writeFailure = cursor.query(sql, params, (ResultSetExtractor<IOException>) rs -> {
                            String previous = null;
                            while (rs.next()) {
                                // Rows come in case order; a case with several rows (perpetrators) is one read.
                                String caseNumber = rs.getString("case_number");
                                if (!caseNumber.equals(previous)) {
                                    reads.add(caseNumber);
                                    previous = caseNumber;
                                }
                                try {
                                    writer.row(mapper.map(rs));
                                } catch (IOException e) {
                                    return e;
                                }
                            }
                            return null;
                        });
                reads.finish();
                return writeFailure;
            });
            if (failed != null) {
                throw failed;
            }
        }
    }
}
