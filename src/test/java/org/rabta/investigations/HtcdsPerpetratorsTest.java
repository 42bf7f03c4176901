package org.rabta.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.investigations.InvestigationFixtures.accused;
import static org.rabta.investigations.InvestigationFixtures.event;
import static org.rabta.support.Dates.today;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseFilter;
import org.rabta.reporting.CaseExports;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The HTCDS perpetrator file carries only the accused of investigations the exporting user may read. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class HtcdsPerpetratorsTest {

    private final InvestigationFixtures fixtures;
    private final InvestigationService investigations;
    private final AccusedService accusedService;
    private final CaseExports exports;
    private final JdbcClient jdbc;

    @Test
    void anotherAgencysAccusedNeverAppearEvenOnACaseTheExporterReads() throws IOException {
        String caseNumber = fixtures.registerCase("fia.lahore");
        String ours = "Imran " + Unique.surname();
        String theirs = "Sajid " + Unique.surname();
        RabtaUser fia = fixtures.user("fia.lahore");
        long own = investigations.register(fia, InvestigationFixtures.request(today().minusDays(20), List.of(caseNumber),
                List.of(accused(ours, "35202-1234567-1", AccusedRole.RECRUITER))));
        long accusedId = investigations.view(fia, own).accused().getFirst().accused().getId();
        accusedService.recordEvent(fia, accusedId, event(AccusedEventType.ARRESTED, today().minusDays(10)));
        // The police name the same victim in an investigation of their own (as after a referral to them).
        long police = fixtures.register("police.lahore", List.of(accused(theirs, "35202-7654321-3", AccusedRole.EXPLOITER)));
        jdbc.sql("""
                        insert into investigation_victim (investigation_id, case_id, role, added_by, added_at)
                        select :investigation, id, 'WITNESS', 'police.lahore', now() from victim_case where case_number = :caseNumber""")
                .param("investigation", police).param("caseNumber", caseNumber).update();

        String file = export("fia.lahore", false);
        assertThat(file.lines().findFirst().orElseThrow()).startsWith("\uFEFFcas_CaseNumber,per_RoleInProcess,prs_Gender");
        List<String> rows = file.lines().filter(line -> line.startsWith(caseNumber + ",")).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).contains(",RecruiterOrIntermediary,Male,PK,41,RECRUITER,")
                .contains(",PPC_370;PTPA_2018_S3,").contains(today().minusDays(10).toString())
                .doesNotContain(ours).doesNotContain("35202-1234567-1");
        assertThat(file).doesNotContain("EXPLOITER");

        String identified = export("fia.lahore.supervisor", true);
        assertThat(identified).contains(ours).contains("35202-1234567-1").doesNotContain(theirs).doesNotContain("35202-7654321-3");
        // The police export their own accused, for cases they may read: not this one (FIA's, never referred to them).
        assertThat(export("police.lahore", false)).doesNotContain(caseNumber);
        // Outside law enforcement nobody reads investigations.
        assertThat(export("ngo.lahore", false).lines().count()).isEqualTo(1);
    }

    private String export(String username, boolean identifiers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.htcdsPerpetrators(fixtures.user(username), CaseFilter.empty(), identifiers).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
