package org.rabta.cases;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.synthetic.SyntheticCaseLoader;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic cases are stored exactly as registration would store them, and the registry keeps working after a load. */
@RabtaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticCasesTest {

    private static final int COUNT = 400;

    @Autowired
    SyntheticCaseLoader loader;

    @Autowired
    CaseService cases;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private final String label = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private long firstId;
    private SyntheticCaseLoader.Result result;

    @BeforeAll
    void load() {
        firstId = jdbc.sql("select coalesce(max(id), 0) + 1 from victim_case").query(Long.class).single();
        SystemIdentity.run(() -> result = loader.load(label, COUNT, List.of("FIA-AHTC-LHR", "NGO-LHR-SHELTER"), 42, loaded -> { }));
    }

    /** The loaded cases' numbers with the username of the caseworker who holds each. */
    private List<String[]> loadedCases() {
        return jdbc.sql("select case_number, created_by from victim_case where id >= :first "
                        + "and created_by in ('fia.lahore', 'fia.lahore.supervisor', 'ngo.lahore') order by id")
                .param("first", firstId).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    @Test
    void theLoadIsRecordedAndAuditedOnce() {
        assertThat(result.cases()).isEqualTo(COUNT);
        assertThat(loader.hasLoaded(label)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SYNTHETIC_CASES_LOADED' and details like :label")
                .param("label", label + ":%").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from victim_case where id >= :first and owning_agency_id in "
                        + "(select id from agency where code in ('FIA-AHTC-LHR', 'NGO-LHR-SHELTER'))")
                .param("first", firstId).query(Long.class).single()).isGreaterThanOrEqualTo(COUNT);
    }

    @Test
    void everyLoadedCasePassesTheRegistrationRulesAndHasItsTimeline() {
        LocalDate today = CaseFixtures.today();
        List<String[]> loaded = loadedCases();
        assertThat(loaded).hasSizeGreaterThanOrEqualTo(COUNT);
        for (String[] numberAndHolder : loaded) {
            String number = numberAndHolder[0];
            VictimCase c = cases.get(fixtures.user(numberAndHolder[1]), number);
            CaseForm form = CaseForm.of(c);
            assertThat(CaseValidator.validate(form, today, code -> true)).as(number).isEmpty();
            assertThat(c.getAgeYears()).isEqualTo(CaseValidator.ageAtIdentification(form));
            assertThat(number).startsWith(jdbc.sql("select case_prefix from province where code = :code")
                    .param("code", c.getProvinceCode()).query(String.class).single() + "-" + c.getIdentifiedOn().getYear() + "-");
            assertThat(jdbc.sql("select type from case_event where case_id = :id order by occurred_at, id limit 1")
                    .param("id", c.getId()).query(String.class).single()).isEqualTo("REGISTERED");
        }
    }

    @Test
    void caseNumbersContinueTheCountersSoTheNextRegistrationFollowsWithoutCollision() {
        int year = CaseFixtures.today().getYear();
        long lastOfYear = jdbc.sql("select last_value from case_number_counter where prefix = 'PB' and year = :year")
                .param("year", year).query(Long.class).single();
        long highest = jdbc.sql("select max(substring(case_number from 9)::int) from victim_case where case_number like :prefix")
                .param("prefix", "PB-" + year + "-%").query(Long.class).single();
        assertThat(highest).isEqualTo(lastOfYear);
        assertThat(jdbc.sql("select count(*) from victim_case where case_number like :prefix")
                .param("prefix", "PB-" + year + "-%").query(Long.class).single()).isEqualTo(lastOfYear);
        VictimCase registered = fixtures.register("fia.lahore");
        assertThat(registered.getCaseNumber()).isEqualTo(CaseNumbers.format("PB", year, lastOfYear + 1));
    }

    @Test
    void aMisspeltNameFindsLoadedCasesAndTheirAttachmentsDownload() {
        RabtaUser fia = fixtures.user("fia.lahore");
        String number = jdbc.sql("""
                        select c.case_number from victim_case c join case_attachment a on a.case_id = c.id
                        where c.id >= :first and c.created_by in ('fia.lahore', 'fia.lahore.supervisor')
                          and c.first_name is not null and c.last_name is not null order by c.id limit 1""")
                .param("first", firstId).query(String.class).single();
        VictimCase c = cases.get(fia, number);
        String misspelt = c.getFirstName().replace("ee", "i").replace("u", "o") + " " + c.getLastName().replace("a", "e");
        CaseFilter filter = new CaseFilter(misspelt, null, null, null, null, null, null, null, null, null, null, null, 0, 100);
        assertThat(cases.list(fia, filter).cases()).isNotEmpty()
                .allMatch(found -> found.getOwningAgencyId() == fia.agencyId());

        CaseAttachment attachment = cases.details(fia, number).attachments().getFirst();
        AttachmentDownload download = cases.download(fia, number, attachment.getId());
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(AttachmentTypes.detect(download.content())).contains("application/pdf");
        assertThat(download.content()).hasSize(attachment.getSizeBytes());
        assertThat(HexFormat.of().formatHex(sha256(download.content()))).isEqualTo(attachment.getSha256());
    }

    @Test
    void theDemoCasesAreInPlaceForTheDemoAgencies() {
        assertThat(loader.hasLoaded("demo")).isTrue();
        assertThat(jdbc.sql("select count(distinct owning_agency_id) from victim_case c join agency a on a.id = c.owning_agency_id "
                + "where a.code in ('FIA-AHTC-LHR', 'FIA-AHTC-KHI', 'PB-POLICE-LHR', 'NGO-LHR-SHELTER', 'PB-SWD', 'PB-CPWB')")
                .query(Long.class).single()).isEqualTo(6);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
