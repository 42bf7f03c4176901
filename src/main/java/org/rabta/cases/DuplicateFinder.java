package org.rabta.cases;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Likely duplicates across all agencies: the same CNIC, or a similar name (trigram similarity on the
 * transliteration-tolerant name key) whose father's or husband's name and birth year do not contradict it.
 * Answers raw matches; {@link CaseDuplicates} decides what each user may see of them.
 */
@Component
@RequiredArgsConstructor
class DuplicateFinder {

    static final int BIRTH_YEAR_TOLERANCE = 2;
    static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final NameMatching names;

    record Match(long caseId, String caseNumber, String districtCode, long owningAgencyId, boolean cnicMatch,
                 double nameScore, Long duplicateOfId) {
    }

    /** Must run inside a transaction: the similarity threshold is set for it only. */
    List<Match> find(Long excludeCaseId, String firstName, String lastName, String fatherName, String cnic,
                     Integer birthYear) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        if (name.isEmpty() && cnic == null) {
            return List.of();
        }
        names.useThreshold();
        return jdbc.sql("""
                        select c.id, c.case_number, c.district_code, c.owning_agency_id, c.duplicate_of_id,
                               coalesce(c.cnic = cast(:cnic as varchar), false) as cnic_match,
                               coalesce(similarity(c.name_key, rabta_name_key(:name)), 0) as name_score
                        from victim_case c
                        where c.id <> coalesce(cast(:excludeId as bigint), -1)
                          and ((cast(:cnic as varchar) is not null and c.cnic = cast(:cnic as varchar))
                               or (""" + NameMatching.condition("c.name_key", "c.father_key", "name", "father") + """
                                   and (c.birth_year is null or cast(:birthYear as integer) is null
                                        or abs(c.birth_year - cast(:birthYear as integer)) <= :tolerance)))
                        order by cnic_match desc, name_score desc, c.id
                        limit :limit""")
                .param("excludeId", excludeCaseId)
                .param("cnic", cnic)
                .param("name", name.isEmpty() ? null : name)
                .param("father", fatherName)
                .param("birthYear", birthYear)
                .param("tolerance", BIRTH_YEAR_TOLERANCE)
                .param("limit", LIMIT)
                .query((rs, row) -> new Match(rs.getLong("id"), rs.getString("case_number"), rs.getString("district_code"),
                        rs.getLong("owning_agency_id"), rs.getBoolean("cnic_match"), rs.getDouble("name_score"),
                        (Long) rs.getObject("duplicate_of_id")))
                .list();
    }
}
