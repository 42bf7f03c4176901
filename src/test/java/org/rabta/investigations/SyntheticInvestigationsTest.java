package org.rabta.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.investigations.synthetic.SyntheticInvestigationLoader;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The synthetic investigations of the benchmark are what the application itself would have recorded: each accused
 * person's events in an order {@link AccusedPath} accepts, and the first dates kept on the accused and the
 * investigation as the services keep them.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class SyntheticInvestigationsTest {

    private final SyntheticInvestigationLoader loader;

    private final AccusedEventRepository events;

    private final JdbcClient jdbc;

    @Test
    void loadedPathsFollowTheRulesAndKeepTheirFirstDates() {
        long before = jdbc.sql("select coalesce(max(id), 0) from investigation").query(Long.class).single();
        SyntheticInvestigationLoader.Result result = loader.load(60, 7, loaded -> { });

        assertThat(result.investigations()).isEqualTo(60);
        assertThat(jdbc.sql("select count(*) from investigation where id > :before").param("before", before)
                .query(Long.class).single()).isEqualTo(60L);
        assertThat(result.accused()).isBetween(60, 180);
        List<Long> accused = jdbc.sql("select acc.id from accused acc where acc.investigation_id > :before order by acc.id")
                .param("before", before).query(Long.class).list();
        assertThat(accused).hasSize(result.accused());
        for (long id : accused) {
            List<AccusedEvent> path = events.findByAccusedIdOrderByOccurredOnAscIdAsc(id);
            for (int i = 0; i < path.size(); i++) {
                AccusedEvent next = path.get(i);
                List<AccusedEvent> recorded = path.subList(0, i);
                assertThatCode(() -> AccusedPath.check(recorded, next.getType(), next.getOccurredOn())).doesNotThrowAnyException();
            }
        }
        // The first dates and first verdict as the service keeps them from the events, and the investigation's first charge sheet.
        assertThat(jdbc.sql("""
                        select count(*) from accused acc where acc.investigation_id > :before and (
                            acc.first_arrested_on is distinct from (select min(occurred_on) from accused_event e where e.accused_id = acc.id and e.type = 'ARRESTED')
                         or acc.first_charge_sheet_on is distinct from (select min(occurred_on) from accused_event e where e.accused_id = acc.id and e.type = 'CHARGE_SHEET')
                         or acc.first_verdict_on is distinct from (select min(occurred_on) from accused_event e where e.accused_id = acc.id
                                                                   and e.type in ('CONVICTED', 'ACQUITTED', 'DISCHARGED', 'COMPROMISED'))
                         or acc.first_verdict is distinct from (select e.type from accused_event e where e.accused_id = acc.id
                                                                and e.type in ('CONVICTED', 'ACQUITTED', 'DISCHARGED', 'COMPROMISED')
                                                                order by e.occurred_on, e.id limit 1))""")
                .param("before", before).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from investigation i where i.id > :before
                        and i.first_charge_sheet_on is distinct from (select min(first_charge_sheet_on) from accused acc where acc.investigation_id = i.id)""")
                .param("before", before).query(Long.class).single()).isZero();
        // Each starts from a victim case its registering agency owns, linked as complainant.
        assertThat(jdbc.sql("""
                        select count(*) from investigation i join investigation_victim v on v.investigation_id = i.id
                        join victim_case c on c.id = v.case_id
                        where i.id > :before and c.owning_agency_id = i.registering_agency_id and v.role = 'COMPLAINANT'""")
                .param("before", before).query(Long.class).single()).isEqualTo(60L);
    }
}
