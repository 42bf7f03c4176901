package org.rabta.investigations;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.cases.NameMatching;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The same person accused in the agency's other investigations (the reader's reach): the same CNIC (newest first),
 * then similar names whose father's name does not contradict them, by the rule that finds duplicate victims, the
 * closest first. Each part stops at the limit; the names are read nearest-first from the agency's distinct name keys
 * (V94) instead of finding and sorting every similar name. The query alone, so that the justice benchmark times this
 * very statement.
 */
@Component
@RequiredArgsConstructor
class AlsoAccusedIn {

    static final int LIMIT = 10;

    private final JdbcClient jdbc;

    /**
     * For an accused of investigation {@code investigationId} (left out of the answer); inside a transaction that set
     * the name threshold ({@link NameMatching#useThreshold()}).
     */
    List<AccusedSummary.AlsoAccused> find(long agencyId, long investigationId, String cnic, String name, String fatherName) {
        String distance = NameMatching.distance("k.name_key", "name");
        return jdbc.sql("""
                        select id, investigation_id, fir_number, cnic_match
                        from ((select a.id, a.investigation_id, i.fir_number, i.registered_on, true as cnic_match, cast(0 as real) as distance
                               from accused a join investigation i on i.id = a.investigation_id
                               where a.registering_agency_id = :agencyId and a.investigation_id <> :investigationId
                                 and a.cnic = cast(:cnic as varchar)
                               order by i.registered_on desc, a.id
                               limit :limit)
                              union all
                              (select a.id, a.investigation_id, i.fir_number, i.registered_on, false, %1$s
                               from %3$s join investigation i on i.id = a.investigation_id
                               where k.registering_agency_id = :agencyId and a.investigation_id <> :investigationId
                                 and not coalesce(a.cnic = cast(:cnic as varchar), false) and %2$s
                               order by %1$s
                               limit :limit)) found
                        order by cnic_match desc, distance, registered_on desc, id
                        limit :limit""".formatted(distance, NameMatching.condition("k.name_key", "a.father_key", "name", "father"),
                        InvestigationSearch.AGENCY_NAME_KEYS_AND_THEIR_ACCUSED))
                .param("agencyId", agencyId)
                .param("investigationId", investigationId)
                .param("cnic", cnic)
                .param("name", name)
                .param("father", fatherName)
                .param("limit", LIMIT)
                .query((rs, row) -> new AccusedSummary.AlsoAccused(rs.getLong("id"), rs.getLong("investigation_id"),
                        rs.getString("fir_number"), rs.getBoolean("cnic_match")))
                .list();
    }
}
