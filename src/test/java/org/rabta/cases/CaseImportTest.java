package org.rabta.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.rabta.support.Unique;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseImportTest {

    private static final String URL = "/api/v1/cases/import";
    private static final String HEADER = "external_reference,identified_on,district_code,how_identified,first_name,last_name,"
            + "father_or_husband_name,sex,date_of_birth,age_years,nationality,cnic,exploitation_types\n";

    private final MockMvc mvc;
    private final CaseFixtures fixtures;
    private final JdbcClient jdbc;
    private final String day = today().minusDays(5).toString();

    private ResultActions importAs(String username, byte[] csv, String mode, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(URL + (mode == null ? "" : "?mode=" + mode))
                .with(httpBasic(username, TestUsers.PASSWORD)).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType("text/csv").content(csv));
    }

    private ResultActions importCsv(String csv, String mode) throws Exception {
        return importAs("fia.lahore", csv.getBytes(StandardCharsets.UTF_8), mode, "en");
    }

    private long casesNamed(String lastName) {
        return jdbc.sql("select count(*) from victim_case where last_name = :n").param("n", lastName).query(Long.class).single();
    }

    private static String reference() {
        return "REF-" + Unique.surname();
    }

    @Test
    void aValidFileIsImportedForTheImportersAgencyWithNumbersTimelineAndAudit() throws Exception {
        String lastName = Unique.surname();
        String reference = reference();
        // columns in another order than the documented one, some left out, quoted values with commas, quotes and a line break
        String csv = "sex,identified_on,district_code,first_name,last_name,external_reference,cnic,date_of_birth,exploitation_types,how_identified\r\n"
                + "FEMALE," + day + ",PK617,\"Bibi, Fatima\"," + lastName + "," + reference + ",3520212345671,2010-01-15,FORCED_LABOUR;bonded labour,rescue\r\n"
                + "male," + day + ",PK702,\"Ali \"\"Chotu\"\"\"," + lastName + ",,,,,\r\n"
                + "TRANSGENDER," + day + ",pk617,\"Line one\nline two\"," + lastName + ",,35202-7654321-9,,DOMESTIC_SERVITUDE,\r\n";
        importCsv(csv, null)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.errors", hasSize(0)));

        List<Map<String, Object>> imported = jdbc.sql("""
                        select c.case_number, c.first_name, c.cnic, c.age_years, c.how_identified, c.sex, c.external_reference,
                               array_to_string(c.exploitation_types, ';') as types, a.code as agency, u.username as caseworker
                        from victim_case c join agency a on a.id = c.owning_agency_id join app_user u on u.id = c.caseworker_id
                        where c.last_name = :n order by c.case_number""")
                .param("n", lastName).query().listOfRows();
        assertThat(imported).hasSize(3);
        assertThat(imported).allSatisfy(row -> {
            assertThat(row.get("agency")).isEqualTo("FIA-AHTC-LHR");
            assertThat(row.get("caseworker")).isEqualTo("fia.lahore");
            assertThat((String) row.get("case_number")).matches("(PB|SD)-" + day.substring(0, 4) + "-\\d{6}");
        });
        Map<String, Object> fatima = imported.stream().filter(row -> "Bibi, Fatima".equals(row.get("first_name"))).findFirst().orElseThrow();
        assertThat(fatima.get("cnic")).isEqualTo("35202-1234567-1");
        assertThat(fatima.get("age_years")).isEqualTo(LocalDate.parse(day).getYear() - 2010
                - (LocalDate.parse(day).getDayOfYear() < 15 ? 1 : 0));
        assertThat(fatima.get("how_identified")).isEqualTo("RESCUE");
        assertThat(fatima.get("types")).isEqualTo("BONDED_LABOUR;FORCED_LABOUR");
        assertThat(fatima.get("external_reference")).isEqualTo(reference);
        Map<String, Object> ali = imported.stream().filter(row -> "Ali \"Chotu\"".equals(row.get("first_name"))).findFirst().orElseThrow();
        assertThat(ali.get("how_identified")).isEqualTo("OTHER");
        assertThat(ali.get("sex")).isEqualTo("MALE");
        assertThat((String) ali.get("case_number")).startsWith("SD-");
        assertThat(imported.stream().map(row -> row.get("first_name"))).contains("Line one\nline two");

        for (Map<String, Object> row : imported) {
            String caseNumber = (String) row.get("case_number");
            assertThat(jdbc.sql("select count(*) from case_event e join victim_case c on c.id = e.case_id "
                    + "where c.case_number = :n and e.type = 'IMPORTED' and e.actor = 'fia.lahore'")
                    .param("n", caseNumber).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_event where case_number = :n and action = 'CASE_IMPORTED' "
                    + "and actor = 'fia.lahore' and actor_agency = 'FIA-AHTC-LHR'")
                    .param("n", caseNumber).query(Long.class).single()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CASES_IMPORTED' and actor = 'fia.lahore'")
                .query(Long.class).single()).isPositive();

        // the importer's agency owns them: another agency cannot open them
        String caseNumber = (String) fatima.get("case_number");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases/" + caseNumber).with(httpBasic("fia.karachi", TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases/" + caseNumber).with(httpBasic("fia.lahore", TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.firstName").value("Bibi, Fatima"));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        String lastName = Unique.surname();
        byte[] text = ("identified_on,district_code,sex,last_name\n" + day + ",PK617,FEMALE," + lastName + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        importAs("fia.lahore", withBom, null, "en").andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        assertThat(casesNamed(lastName)).isEqualTo(1);
    }

    /** Rows 2 and 5 are valid; row 3 breaks two rules, row 4 one. */
    private String mixedFile(String lastName) {
        return HEADER
                + reference() + "," + day + ",PK617,HOTLINE,Samina," + lastName + ",,FEMALE,,30,PK,,\n"
                + "," + today().plusDays(3) + ",PK617,,Asma," + lastName + ",,FEMALE,,,,12345,\n"
                + ",,PK617,,Zahid," + lastName + ",,BOY,,,,,\n"
                + "," + day + ",PK617,,Nadia," + lastName + ",,FEMALE,,,,,SEXUAL_EXPLOITATION\n";
    }

    @Test
    void allOrNothingRejectsTheWholeFileReportingEveryBadRowAndField() throws Exception {
        String lastName = Unique.surname();
        importCsv(mixedFile(lastName), null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("identified_on"))
                .andExpect(jsonPath("$.errors[0].message").value("The date cannot be in the future."))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("cnic"))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].field").value("identified_on"))
                .andExpect(jsonPath("$.errors[2].message").value("This field is required."))
                .andExpect(jsonPath("$.errors[3].row").value(4))
                .andExpect(jsonPath("$.errors[3].field").value("sex"))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("BOY")));
        assertThat(casesNamed(lastName)).isZero();
    }

    @Test
    void validRowsModeImportsTheGoodRowsAndReportsTheOthers() throws Exception {
        String lastName = Unique.surname();
        importCsv(mixedFile(lastName), "valid-rows")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[*].row", contains(3, 3, 4, 4)));
        assertThat(jdbc.sql("select string_agg(first_name, ',' order by first_name) from victim_case where last_name = :n")
                .param("n", lastName).query(String.class).single()).isEqualTo("Nadia,Samina");
    }

    @Test
    void everyKindOfRowErrorIsReportedAgainstItsColumn() throws Exception {
        String lastName = Unique.surname();
        String taken = reference();
        CaseForm existing = CaseFixtures.form();
        existing.setExternalReference(taken);
        fixtures.register("fia.lahore", existing);
        String repeated = reference();
        String csv = HEADER
                + taken + "," + day + ",PK617,,A," + lastName + ",,FEMALE,,,,,\n"                      // 2: reference taken
                + repeated + "," + day + ",PK617,,B," + lastName + ",,FEMALE,,,,,\n"                   // 3: fine
                + repeated + "," + day + ",PK617,,C," + lastName + ",,FEMALE,,,,,\n"                   // 4: reference repeated
                + ",03/05/2024,PK617,,D," + lastName + ",,FEMALE,,,,,\n"                                // 5: date format
                + "," + day + ",PK999,,E," + lastName + ",,FEMALE,,,,,\n"                               // 6: unknown district
                + "," + day + ",PK617,BY_CAR,F," + lastName + ",,FEMALE,,,,,\n"                         // 7: how identified
                + "," + day + ",PK617,,G," + lastName + ",,FEMALE,,twenty,,,\n"                        // 8: age not a number
                + "," + day + ",PK617,,H," + lastName + ",,FEMALE,,130,,,\n"                           // 9: age out of range
                + "," + day + ",PK617,,I," + lastName + ",,FEMALE,2000-01-01,3,,,\n"                   // 10: age and birth disagree
                + "," + day + ",PK617,,J," + lastName + ",,FEMALE,,,ZZ,,\n"                            // 11: nationality
                + "," + day + ",PK617,,K," + lastName + ",,FEMALE,,,,,FORCED_LABOUR;SLAVERY\n"         // 12: exploitation type
                + "," + day + ",PK617,,L," + lastName + ",,,,,,,\n"                                    // 13: sex missing
                + "," + day + ",PK617,,M," + lastName + ",,FEMALE\n"                                   // 14: too few values
                + "\n"                                                                                  // 15: blank, skipped
                + "," + day + ",PK617,,N," + lastName + "," + "x".repeat(151) + ",FEMALE,,,,,\n";      // 16: too long
        importCsv(csv, "valid-rows")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(13))
                .andExpect(jsonPath("$.rows").value(14))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].field", contains("external_reference")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].message", contains("Your agency already has a case with this reference.")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].message", contains("This reference is already used in row 3 of the file.")))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].field", contains("identified_on")))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].message", contains("Not a date: 03/05/2024. Write dates as YYYY-MM-DD.")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].field", contains("district_code")))
                .andExpect(jsonPath("$.errors[?(@.row == 7)].field", contains("how_identified")))
                .andExpect(jsonPath("$.errors[?(@.row == 8)].field", contains("age_years")))
                .andExpect(jsonPath("$.errors[?(@.row == 9)].message", contains("The age must be between 0 and 120.")))
                .andExpect(jsonPath("$.errors[?(@.row == 10)].field", contains("age_years")))
                .andExpect(jsonPath("$.errors[?(@.row == 11)].field", contains("nationality")))
                .andExpect(jsonPath("$.errors[?(@.row == 12)].field", contains("exploitation_types")))
                .andExpect(jsonPath("$.errors[?(@.row == 12)].message").value(hasItem(containsString("SLAVERY"))))
                .andExpect(jsonPath("$.errors[?(@.row == 13)].field", contains("sex")))
                .andExpect(jsonPath("$.errors[?(@.row == 14)].message", contains("This row has 8 values but the first row names 13 columns.")))
                .andExpect(jsonPath("$.errors[?(@.row == 16)].field", contains("father_or_husband_name")));
        assertThat(jdbc.sql("select first_name from victim_case where last_name = :n").param("n", lastName)
                .query(String.class).list()).containsExactly("B");
    }

    @Test
    void anotherAgencyMayUseTheSameReference() throws Exception {
        String reference = reference();
        String row = "external_reference,identified_on,district_code,sex\n" + reference + "," + day + ",PK702,MALE\n";
        importCsv(row, null).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        importAs("fia.karachi", row.getBytes(StandardCharsets.UTF_8), null, "en")
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        importCsv(row, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("external_reference"));
        assertThat(jdbc.sql("select string_agg(a.code, ',' order by a.code) from victim_case c join agency a on a.id = c.owning_agency_id "
                + "where c.external_reference = :r").param("r", reference).query(String.class).single())
                .isEqualTo("FIA-AHTC-KHI,FIA-AHTC-LHR");
    }

    @Test
    void headerProblemsRejectTheFileWhateverTheMode() throws Exception {
        String lastName = Unique.surname();
        importCsv("identified_on,district_code,sex,last_name,nickname,Sex\n" + day + ",PK617,FEMALE," + lastName + ",x,FEMALE\n",
                "valid-rows")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("nickname"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The columns are: external_reference, identified_on")))
                .andExpect(jsonPath("$.errors[1].field").value("sex"))
                .andExpect(jsonPath("$.errors[1].message").value("This column appears twice."));
        importCsv("identified_on,last_name\n" + day + "," + lastName + "\n", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("district_code", "sex")))
                .andExpect(jsonPath("$.errors[0].message").value("This required column is missing."));
        importCsv("", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The file is empty")));
        assertThat(casesNamed(lastName)).isZero();
    }

    @Test
    void aFileThatIsNotReadableCsvOrUtf8IsRejectedWhole() throws Exception {
        String lastName = Unique.surname();
        String good = day + ",PK617,FEMALE," + lastName + "\n";
        importCsv("identified_on,district_code,sex,last_name\n" + good + day + ",PK617,FEMALE,\"" + lastName + "\n" + good, "valid-rows")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").isEmpty())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("never closed")));
        importCsv("identified_on,district_code,sex,last_name\n" + good + day + ",PK617,\"FEMALE\"x," + lastName + "\n", "valid-rows")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("closing quote")));
        byte[] latin1 = ("identified_on,district_code,sex,last_name\n" + good + day + ",PK617,FEMALE,Zoé" + lastName + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        importAs("fia.lahore", latin1, "valid-rows", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
        assertThat(casesNamed(lastName)).isZero();
    }

    @Test
    void messagesComeInTheRequestsLanguage() throws Exception {
        importAs("fia.lahore", ("identified_on,district_code,sex\n," + "PK617,FEMALE\n").getBytes(StandardCharsets.UTF_8), null, "ur")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("یہ خانہ لازمی ہے۔"));
    }

    @Test
    void onlyCaseworkersAndSupervisorsImportAndTheModeMustBeKnown() throws Exception {
        byte[] csv = ("identified_on,district_code,sex\n" + day + ",PK617,FEMALE\n").getBytes(StandardCharsets.UTF_8);
        importAs("analyst", csv, null, "en").andExpect(status().isNotFound());
        importAs("committee.lahore", csv, null, "en").andExpect(status().isNotFound());
        importAs("fia.lahore", csv, "some-rows", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mode"));
        mvc.perform(MockMvcRequestBuilders.post(URL).contentType("text/csv").content(csv)).andExpect(status().isUnauthorized());
    }
}
