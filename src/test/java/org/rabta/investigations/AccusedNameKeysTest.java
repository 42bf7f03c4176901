package org.rabta.investigations;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;

/**
 * The agency's distinct accused name keys that the name searches read (V94) are kept by triggers on accused: after
 * every kind of change, whichever way it is written, the whole table equals the count from accused itself.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AccusedNameKeysTest {

    private final InvestigationFixtures fixtures;
    private final JdbcClient jdbc;

    @Test
    void theNameKeysCountTheAccusedThroughEveryKindOfChange() {
        RabtaUser fia = fixtures.user("fia.lahore");
        RabtaUser police = fixtures.user("police.lahore");
        long fiaInvestigation = fixtures.register(fia, today().minusDays(10), LAHORE, List.of(Offence.PTPA_2018_S3), 3);
        long policeInvestigation = fixtures.register(police, today().minusDays(10), LAHORE, List.of(Offence.PTPA_2018_S3), 1);
        assertTheKeysCountTheAccused();

        // Two renamed to one new name in one statement; then one of them moved to another agency's investigation.
        List<Long> accused = fixtures.accusedOf(fia, fiaInvestigation);
        String name = "Imran " + Unique.surname();
        jdbc.sql("update accused set name = :name where id in (:ids)").param("name", name).param("ids", accused.subList(0, 2)).update();
        assertTheKeysCountTheAccused();
        assertThat(accusedNamed(fia, name)).isEqualTo(2);
        jdbc.sql("update accused set investigation_id = :to, registering_agency_id = :agency, position = 99 where id = :id")
                .param("to", policeInvestigation).param("agency", police.agencyId()).param("id", accused.get(1)).update();
        assertTheKeysCountTheAccused();
        assertThat(accusedNamed(fia, name)).isEqualTo(1);
        assertThat(accusedNamed(police, name)).isEqualTo(1);

        // Deleted: the moved one was the last of its name in its agency, whose key goes.
        jdbc.sql("delete from accused where id in (:ids)").param("ids", accused.subList(1, 3)).update();
        assertTheKeysCountTheAccused();
        assertThat(accusedNamed(police, name)).isZero();
    }

    private void assertTheKeysCountTheAccused() {
        assertThat(jdbc.sql("""
                        select coalesce(k.registering_agency_id, c.registering_agency_id) || ' ' || coalesce(k.name_key, c.name_key)
                               || ': ' || coalesce(k.accused, 0) || ' counted, ' || coalesce(c.accused, 0) || ' accused'
                        from accused_name_key k
                        full join (select registering_agency_id, name_key, count(*) as accused from accused
                                   where name_key is not null group by registering_agency_id, name_key) c
                             on c.registering_agency_id = k.registering_agency_id and c.name_key = k.name_key
                        where k.accused is distinct from c.accused""")
                .query(String.class).list()).isEmpty();
    }

    private int accusedNamed(RabtaUser user, String name) {
        return jdbc.sql("select coalesce(sum(accused), 0) from accused_name_key where registering_agency_id = :agency"
                        + " and name_key = rabta_name_key(:name)")
                .param("agency", user.agencyId()).param("name", name).query(Integer.class).single();
    }
}
