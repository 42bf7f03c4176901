package org.rabta.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.screening.ScreeningReads;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo profile screens some demo cases of each FIA circle, once, as the circle's own staff. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class DemoScreeningsTest {

    /**
     * Screenings of the demo cases (the first cases stored: each test run starts on a new database and the demo
     * loads before any test) by the demo caseworkers.
     */
    private static final String DEMO_SCREENINGS = """
            select a.code, s.status, s.determination, c.confirmed_determination, s.reviewed_by
            from screening s join victim_case c on c.id = s.case_id join agency a on a.id = c.owning_agency_id
            where c.id in (select id from victim_case order by id limit :demoCases)
              and s.created_by in ('fia.lahore', 'fia.karachi')
            """;

    private final DemoScreenings demoScreenings;

    private final UserAccountService accounts;

    private final CasesApi cases;

    private final ScreeningReads reads;

    private final JdbcClient jdbc;

    @Value("${rabta.demo.screenings:25}")
    int perAgency;

    @Value("${rabta.demo.cases:300}")
    int demoCases;

    @Test
    void bothFiaCirclesHaveScreenedDemoCasesInEveryStateConfirmedByTheirSupervisors() {
        List<Map<String, Object>> rows = jdbc.sql(DEMO_SCREENINGS).param("demoCases", demoCases).query().listOfRows();

        Map<Object, Long> byAgency = rows.stream().collect(Collectors.groupingBy(row -> row.get("code"), Collectors.counting()));
        assertThat(byAgency).containsEntry("FIA-AHTC-LHR", (long) perAgency).containsEntry("FIA-AHTC-KHI", (long) perAgency);
        assertThat(rows.stream().map(row -> row.get("status")).distinct()).containsExactlyInAnyOrder("CONFIRMED", "SUBMITTED", "DRAFT");
        assertThat(rows).allSatisfy(row -> {
            switch ((String) row.get("status")) {
                case "CONFIRMED" -> {
                    assertThat(row.get("confirmed_determination")).isNotNull().isEqualTo(row.get("determination"));
                    assertThat((String) row.get("reviewed_by")).endsWith(".supervisor");
                }
                case "SUBMITTED" -> assertThat(row).containsEntry("confirmed_determination", null).doesNotContainEntry("determination", null);
                default -> assertThat(row).containsEntry("confirmed_determination", null).containsEntry("determination", null);
            }
        });
    }

    @Test
    void theDemoAnswersGiveEveryKindOfDetermination() {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (DemoScreenings.Team team : DemoScreenings.TEAMS) {
            List<VictimCase> open = openDemoCases(team.caseworker());
            for (int variant = 0; variant < open.size(); variant++) {
                outcomes.add(reads.advise(new ScreeningInput(open.get(variant).getPerson().getAgeYears(),
                        DemoScreeningFacts.forCase(open.get(variant), variant)), Set.of()).result().outcome());
            }
        }
        assertThat(outcomes).contains(Outcome.TRAFFICKING, Outcome.SMUGGLING, Outcome.VULNERABLE_SMUGGLED_MIGRANT,
                Outcome.POSSIBLE_TRAFFICKING, Outcome.IRREGULAR_MIGRATION);
    }

    /** Also when cases have been registered since: the circles are screened already. */
    @Test
    void aSecondRunAddsNothing() {
        long before = jdbc.sql("select count(*) from screening").query(Long.class).single();

        demoScreenings.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from screening").query(Long.class).single()).isEqualTo(before).isPositive();
    }

    @Test
    void onlyRabtaItselfActsAsAUser() {
        assertThatThrownBy(() -> accounts.actingUser("fia.lahore.supervisor")).isInstanceOf(AccessDeniedException.class);

        RabtaUser supervisor = actingUser("fia.lahore.supervisor");
        assertThat(supervisor.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(supervisor.agencyCode()).isEqualTo("FIA-AHTC-LHR");
        assertThat(supervisor.getPassword()).isNull();
    }

    private List<VictimCase> openDemoCases(String caseworkerName) {
        RabtaUser caseworker = actingUser(caseworkerName);
        CaseFilter oldestFirst = new CaseFilter(null, null, null, null, null, null, null, null, null, null, null,
                CaseFilter.CaseSort.NUMBER, CaseFilter.SortDirection.ASC, 0, CaseFilter.MAX_SIZE);
        List<VictimCase> open = new ArrayList<>();
        SystemIdentity.runAs(caseworker, () -> cases.list(caseworker, oldestFirst).cases().stream()
                .filter(c -> !c.getStatus().isClosed()).forEach(open::add));
        return open;
    }

    private RabtaUser actingUser(String username) {
        RabtaUser[] user = new RabtaUser[1];
        SystemIdentity.run(() -> user[0] = accounts.actingUser(username));
        return user[0];
    }
}
