package org.rabta.investigations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records of agencies informed of a case ({@code case_agency_informed}) and how they read on a page. Neither
 * audits nor checks who asks: {@link InformedAgencies} and {@link InformedCaseReads} do both.
 */
@Component
@RequiredArgsConstructor
class InformedRecords {

    private final AgencyService agencies;
    private final UserAccountService users;
    private final JdbcClient jdbc;

    /** One agency informed of a case: by which agency, whom and when. */
    record Row(long id, long agencyId, long byAgencyId, String by, Instant at) {
    }

    /** Records that the user informed the agency of the case; empty when that agency was informed of it before. */
    Optional<Long> insert(RabtaUser user, VictimCase victimCase, long agencyId, Offence proposed, Instant at) {
        return jdbc.sql("""
                        insert into case_agency_informed (case_id, agency_id, determination, proposed_offence,
                                                          informed_by_agency_id, informed_by, informed_at)
                        values (:caseId, :agencyId, :determination, :offence, :by_agency, :by, :at)
                        on conflict do nothing returning id""")
                .param("caseId", victimCase.getId()).param("agencyId", agencyId)
                .param("determination", victimCase.getConfirmedDetermination()).param("offence", proposed.name())
                .param("by_agency", user.agencyId()).param("by", user.username()).param("at", Timestamp.from(at))
                .query(Long.class).optional();
    }

    List<Row> rows(long caseId) {
        return jdbc.sql("""
                        select id, agency_id, informed_by_agency_id, informed_by, informed_at from case_agency_informed
                        where case_id = :caseId order by informed_at, id""")
                .param("caseId", caseId).query(this::row).list();
    }

    List<Row> rowsOfCaseNumber(String caseNumber) {
        return jdbc.sql("""
                        select f.id, f.agency_id, f.informed_by_agency_id, f.informed_by, f.informed_at from case_agency_informed f
                        join victim_case c on c.id = f.case_id where c.case_number = :n order by f.informed_at, f.id""")
                .param("n", caseNumber).query(this::row).list();
    }

    /** The owning agency of the case, if a case has that number. */
    Optional<Long> owningAgency(String caseNumber) {
        return jdbc.sql("select owning_agency_id from victim_case where case_number = :n").param("n", caseNumber)
                .query(Long.class).optional();
    }

    /** Of these cases, the numbers of those the agency was informed of, in the order of their ids. */
    List<String> informedAmong(long agencyId, List<Long> caseIds) {
        return jdbc.sql("""
                        select c.case_number from case_agency_informed f join victim_case c on c.id = f.case_id
                        where f.agency_id = :agency and f.case_id in (:ids) order by c.id""")
                .param("agency", agencyId).param("ids", caseIds).query(String.class).list();
    }

    /** Whether the agency was informed of the case. */
    boolean informedOf(long agencyId, String caseNumber) {
        return jdbc.sql("""
                        select exists (select 1 from case_agency_informed f join victim_case c on c.id = f.case_id
                                       where f.agency_id = :agency and c.case_number = :n)""")
                .param("agency", agencyId).param("n", caseNumber).query(Boolean.class).single();
    }

    /** The investigations the agency registered that name the case as a victim's, oldest first. */
    List<InvestigationOffer.Linked> linked(long caseId, long agencyId) {
        return jdbc.sql("""
                        select i.id, i.fir_number from investigation_victim v join investigation i on i.id = v.investigation_id
                        where v.case_id = :caseId and i.registering_agency_id = :agencyId order by i.registered_on, i.id""")
                .param("caseId", caseId).param("agencyId", agencyId)
                .query((rs, row) -> new InvestigationOffer.Linked(rs.getLong("id"), rs.getString("fir_number"))).list();
    }

    /** The rows as a page shows them: the agencies and the person who informed, by name. */
    List<InformedCase.Entry> entries(List<Row> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> {
            ids.add(row.agencyId());
            ids.add(row.byAgencyId());
        });
        Map<Long, Agency> named = agencies.agencies(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Agency::getId, Function.identity()));
        return rows.stream().map(row -> new InformedCase.Entry(row.id(), named.get(row.agencyId()), named.get(row.byAgencyId()),
                users.fullName(row.by()).orElse(row.by()), row.at())).toList();
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("informed_by_agency_id"), rs.getString("informed_by"),
                rs.getTimestamp("informed_at").toInstant());
    }
}
