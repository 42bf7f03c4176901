package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rabta.cases.ExploitationType.FORCED_LABOUR;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.support.Districts.LAHORE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.ControlMethod;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ExportsTest {

    private final TableExports tables;

    private final CaseExports caseExports;

    private final CasesApi cases;

    private final ReportingFixtures fixtures;

    private final JdbcClient jdbc;

    private static String csv(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    private long audits(String username, String action) {
        return jdbc.sql("select count(*) from audit_event where actor = :actor and action = :action")
                .param("actor", username).param("action", action).query(Long.class).single();
    }

    @Test
    void theOwningAgencyExportsExactCountsAndExportsAreAudited() throws IOException {
        RabtaUser user = fixtures.newCaseworker(AgencyType.POLICE);
        for (int i = 0; i < 6; i++) {
            fixtures.register(user, LocalDate.of(2024, 2, 2));
        }
        fixtures.register(user, LocalDate.of(2024, 2, 2), LAHORE, MALE, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tables.dashboardTable(user, "sex-age", new DashboardFilter("2024-01", "2024-12", null, null, null),
                ExportFormat.CSV, Locale.ENGLISH, out);

        List<String> lines = csv(out).lines().toList();
        assertThat(lines.get(1)).isEqualTo("Category,Female,Male,Transgender,Unknown");
        assertThat(lines).contains("30 to 44,6,1,0,0", "0 to 11,0,0,0,0");
        assertThat(audits(user.username(), "STATISTICS_EXPORTED")).isEqualTo(1);

        ByteArrayOutputStream annual = new ByteArrayOutputStream();
        tables.annualReport(user, 2024, null, null, ExportFormat.CSV, Locale.ENGLISH, annual);
        assertThat(csv(annual).lines()).contains("Total,7", "Women,6", "Men,1", "Transgender persons,0", "Punjab,7", "Sindh,0")
                .noneMatch(line -> line.startsWith("PK"));
    }

    @Test
    void analystsExportSmallCountsSuppressedAndZerosAsZeros() throws IOException {
        RabtaUser user = fixtures.newCaseworker(AgencyType.POLICE);
        fixtures.register(user, LocalDate.of(1969, 3, 3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tables.dashboardTable(fixtures.demoUser("analyst"), "province", new DashboardFilter("1969-03", "1969-03", null, null, null),
                ExportFormat.XLSX, Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int row = 2; row <= sheet.getLastRowNum(); row++) {
                var label = sheet.getRow(row).getCell(0).getStringCellValue();
                var cell = sheet.getRow(row).getCell(1);
                if (label.equals("Punjab")) {
                    assertThat(cell.getStringCellValue()).isEqualTo("<5");
                } else {
                    assertThat(cell.getNumericCellValue()).as(label).isZero();
                }
            }
        }
        assertThatThrownBy(() -> tables.dashboardTable(fixtures.demoUser("analyst"), "no-such-table", DashboardFilter.none(),
                ExportFormat.CSV, Locale.ENGLISH, new ByteArrayOutputStream())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theCaseListExportHoldsTheCasesTheUserMaySeeAndNeutralisesFormulas() throws IOException {
        Agency agency = fixtures.agency(AgencyType.NGO);
        RabtaUser user = fixtures.user(agency, Role.CASEWORKER);
        CaseForm form = ReportingFixtures.form(LocalDate.of(2024, 3, 3), LAHORE, FEMALE, 19, FORCED_LABOUR);
        form.setFirstName("=cmd|' /C calc'!A0");
        VictimCase own = cases.register(user, form);
        VictimCase foreign = fixtures.register(fixtures.newCaseworker(AgencyType.NGO),
                LocalDate.of(2024, 3, 3), LAHORE, FEMALE, 19);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        caseExports.caseList(user, CaseFilter.empty(), ExportFormat.CSV).writeTo(out);

        String text = csv(out);
        assertThat(text).contains(own.getCaseNumber()).doesNotContain(foreign.getCaseNumber());
        assertThat(text).contains("'=cmd|' /C calc'!A0").doesNotContain(",=cmd");
        assertThat(text.lines().count()).isEqualTo(2);
        assertThat(audits(user.username(), "CASES_EXPORTED")).isEqualTo(1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        caseExports.caseList(user, CaseFilter.empty(), ExportFormat.XLSX).writeTo(xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(own.getCaseNumber());
            assertThat(sheet.getRow(1).getCell(11).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(19);
        }
    }

    @Test
    void peopleWithoutCasesCannotExportThem() {
        assertThatThrownBy(() -> caseExports.caseList(fixtures.demoUser("analyst"), CaseFilter.empty(), ExportFormat.CSV))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> caseExports.htcds(fixtures.demoUser("admin"), CaseFilter.empty(), false))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> caseExports.htcds(fixtures.demoUser("committee.lahore"), CaseFilter.empty(), false))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void htcdsExportUsesTheStandardsNamesAndLeavesOutIdentifiersUnlessASupervisorAsks() throws IOException {
        Agency agency = fixtures.agency(AgencyType.FIA);
        RabtaUser caseworker = fixtures.user(agency, Role.CASEWORKER);
        RabtaUser supervisor = fixtures.user(agency, Role.SUPERVISOR);
        CaseForm form = ReportingFixtures.form(LocalDate.of(2024, 4, 4), LAHORE, org.rabta.cases.Sex.TRANSGENDER, 22,
                FORCED_LABOUR, org.rabta.cases.ExploitationType.FORCED_BEGGING);
        form.setCnic("35202-1234567-1");
        form.setControlMethods(java.util.EnumSet.of(ControlMethod.DEBT_BONDAGE, ControlMethod.WITHHOLDS_DOCUMENTS));
        VictimCase victimCase = cases.register(caseworker, form);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        caseExports.htcds(caseworker, CaseFilter.empty(), false).writeTo(out);
        List<String> lines = csv(out).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFcas_CaseNumber,cas_Status,prs_Gender,prs_Nationality,vic_TypeOfExploitation")
                .doesNotContain("prs_FirstName");
        assertThat(lines.get(1)).startsWith(victimCase.getCaseNumber()
                + ",Active,Transgender/NonConforming,PK,ForcedLabour,Begging,DebtBondage;WithholdsDocuments,,false,2024-04-04,22,PK6,PK617,RESCUE")
                .doesNotContain(form.getLastName()).doesNotContain("35202-1234567-1");

        assertThatThrownBy(() -> caseExports.htcds(caseworker, CaseFilter.empty(), true))
                .isInstanceOf(BusinessRuleException.class);

        ByteArrayOutputStream identified = new ByteArrayOutputStream();
        caseExports.htcds(supervisor, CaseFilter.empty(), true).writeTo(identified);
        assertThat(csv(identified)).contains("prs_FirstName", form.getLastName(), "35202-1234567-1");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :actor and details like 'HTCDS CSV WITH direct identifiers%'")
                .param("actor", supervisor.username()).query(Long.class).single()).isEqualTo(1);
    }

    /**
     * 50,000 cases stream out through an open cursor: while the first bytes are written, the query's portal is
     * still open on the connection (a query that loaded every row first would have closed it).
     */
    @Test
    void aLargeExportStreamsRowsWhileReadingThem() throws IOException {
        Agency agency = fixtures.agency(AgencyType.POLICE);
        RabtaUser user = fixtures.user(agency, Role.SUPERVISOR);
        int rows = 50_000;
        jdbc.sql("""
                        insert into victim_case (case_number, owning_agency_id, identifying_agency_id, identified_on, district_code,
                            province_code, how_identified, sex, age_years, first_name, last_name, created_at, created_by,
                            updated_at, updated_by)
                        select 'ZZ-' || (1900 + :agency % 100) || '-' || lpad(g::text, 6, '0'), :agency, :agency,
                               date '2015-01-01' + (g % 365), 'PK617', 'PK6', 'RESCUE', 'FEMALE', 20 + g % 40,
                               'Bulk', 'Export ' || g, now(), 'test', now(), 'test'
                        from generate_series(1, :rows) g""")
                .param("agency", agency.getId()).param("rows", rows).update();

        CursorWatchingStream out = new CursorWatchingStream(jdbc);
        caseExports.caseList(user, CaseFilter.empty(), ExportFormat.CSV).writeTo(out);

        assertThat(out.lines).isEqualTo(rows + 1);
        assertThat(out.portalOpenAtFirstWrite).as("rows were written while the cursor was still open").isTrue();
        assertThat(out.writesBeforeEnd).isGreaterThan(10);
    }

    /** Counts lines, and at its first write looks whether the export's query portal is still open. */
    private static final class CursorWatchingStream extends OutputStream {

        private final JdbcClient jdbc;
        long lines;
        int writesBeforeEnd;
        Boolean portalOpenAtFirstWrite;

        CursorWatchingStream(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (portalOpenAtFirstWrite == null) {
                // Same thread, same transaction, so the same connection as the export's query.
                portalOpenAtFirstWrite = jdbc.sql("""
                        select exists (select 1 from pg_backend_memory_contexts
                                       where name = 'PortalContext' and ident like 'C\\_%')""").query(Boolean.class).single();
            }
            writesBeforeEnd++;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
