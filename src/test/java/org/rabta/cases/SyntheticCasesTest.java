package org.rabta.cases;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.synthetic.SyntheticCaseLoader;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Dates.today;

/** Synthetic cases are stored exactly as registration would store them, and the registry keeps working after a load. */
@RabtaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RequiredArgsConstructor
class SyntheticCasesTest {

    private static final int COUNT = 200;
    private static final List<String> AGENCIES = List.of("FIA-AHTC-LHR", "NGO-LHR-SHELTER");

    private final SyntheticCaseLoader loader;

    private final CaseQueries cases;

    private final CaseNotesAndAttachments notesAndAttachments;

    private final CaseFixtures fixtures;

    private final CaseRepository repository;

    private final JdbcClient jdbc;

    private final String label = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private long firstId;
    private SyntheticCaseLoader.Result result;

    @BeforeAll
    void load() {
        firstId = jdbc.sql("select coalesce(max(id), 0) + 1 from victim_case").query(Long.class).single();
        SystemIdentity.run(() -> result = loader.load(label, COUNT, AGENCIES, 42, loaded -> { }));
    }

    private List<Long> loadedIds() {
        return jdbc.sql("select id from victim_case where id >= :first "
                        + "and owning_agency_id in (select id from agency where code in (:agencies)) order by id")
                .param("first", firstId).param("agencies", AGENCIES).query(Long.class).list();
    }

    @Test
    void theLoadIsRecordedAndAuditedOnce() {
        assertThat(result.cases()).isEqualTo(COUNT);
        assertThat(loader.hasLoaded(label)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SYNTHETIC_CASES_LOADED' and details like :label")
                .param("label", label + ":%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyLoadedCasePassesTheRegistrationRulesAndHasItsTimeline() {
        LocalDate today = today();
        List<Long> ids = loadedIds();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(COUNT);
        for (VictimCase c : repository.findByIdIn(ids)) {
            CaseForm form = CaseForm.of(c);
            assertThat(CaseValidator.validate(form, today, code -> true)).as(c.getCaseNumber()).isEmpty();
            assertThat(c.getPerson().getAgeYears()).isEqualTo(CaseValidator.ageAtIdentification(form));
        }
        assertThat(jdbc.sql("""
                        select count(*) from victim_case c join province p on p.code = c.province_code
                        where c.id in (:ids) and c.case_number not like p.case_prefix || '-' || extract(year from c.identified_on) || '-%'""")
                .param("ids", ids).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from victim_case c where c.id in (:ids) and 'REGISTERED' <> (select e.type from case_event e
                        where e.case_id = c.id order by e.occurred_at, e.id limit 1)""")
                .param("ids", ids).query(Long.class).single()).isZero();
    }

    @Test
    void caseNumbersContinueTheCountersSoTheNextRegistrationFollowsWithoutCollision() {
        int year = today().getYear();
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
        String misspelt = c.getPerson().getFirstName().replace("ee", "i").replace("u", "o") + " " + c.getPerson().getLastName().replace("a", "e");
        CaseFilter filter = CaseFilter.empty().withQuery(misspelt);
        assertThat(cases.list(fia, filter).cases()).isNotEmpty()
                .allMatch(found -> found.getOwningAgencyId() == fia.agencyId());

        CaseAttachment attachment = cases.details(fia, number).attachments().getFirst();
        AttachmentDownload download = notesAndAttachments.download(fia, number, attachment.getId());
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
