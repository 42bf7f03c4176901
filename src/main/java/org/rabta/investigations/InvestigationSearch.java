package org.rabta.investigations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.cases.Identifiers;
import org.rabta.cases.NameMatching;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's investigations, filtered and paged, and its court calendar. Every filter is on an index of V80: the
 * agency and date ({@code investigation_agency_registered_idx}), the district, the offence, the accused name (trigram
 * GIN) and CNIC. Audited as a search whose terms only the agency's supervisors see.
 */
@Service
@RequiredArgsConstructor
public class InvestigationSearch {

    static final int STALLED_DAYS = 90;
    static final int CALENDAR_LIMIT = 200;

    private final InvestigationAccess access;
    private final NameMatching names;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    @Transactional
    public InvestigationList list(RabtaUser user, InvestigationFilter filter) {
        access.requireInvestigator(user);
        LocalDate today = LocalDate.now(clock);
        List<String> conditions = new ArrayList<>(List.of("i.registering_agency_id = :agencyId"));
        Map<String, Object> params = new HashMap<>();
        params.put("agencyId", user.agencyId());
        params.put("stalledBefore", today.minusDays(STALLED_DAYS));
        if (filter.district() != null) {
            conditions.add("i.district_code = :district");
            params.put("district", filter.district());
        }
        if (filter.offence() != null) {
            conditions.add("exists (select 1 from investigation_offence o where o.investigation_id = i.id and o.offence_code = :offence)");
            params.put("offence", filter.offence().name());
        }
        if (filter.from() != null) {
            conditions.add("i.registered_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("i.registered_on <= :to");
            params.put("to", filter.to());
        }
        if (Boolean.TRUE.equals(filter.stalled())) {
            conditions.add("i.first_charge_sheet_on is null and i.registered_on < :stalledBefore");
        }
        if (filter.q() != null) {
            conditions.add(query(filter.q(), params));
        }
        params.put("limit", filter.size() + 1);
        params.put("offset", (long) filter.page() * filter.size());
        List<InvestigationRow> rows = jdbc.sql("""
                        select i.id, i.fir_number, i.registered_on, i.district_code, i.first_charge_sheet_on,
                               i.first_charge_sheet_on is null and i.registered_on < :stalledBefore as stalled,
                               array(select o.offence_code from investigation_offence o where o.investigation_id = i.id
                                     order by o.offence_code) as offences,
                               (select count(*) from accused a where a.investigation_id = i.id) as accused
                        from investigation i
                        where\s""" + String.join(" and ", conditions) + """
                        
                        order by i.registered_on desc, i.id desc
                        limit :limit offset :offset""")
                .params(params)
                .query(InvestigationSearch::row)
                .list();
        InvestigationAuditAction read = filter.q() == null
                ? InvestigationAuditAction.INVESTIGATIONS_LISTED : InvestigationAuditAction.INVESTIGATIONS_SEARCHED;
        audit.recordRead(BulkRead.of(read, "investigations", filter.terms()), List.of());
        boolean hasNext = rows.size() > filter.size();
        return new InvestigationList(hasNext ? rows.subList(0, filter.size()) : rows, filter, hasNext);
    }

    /** An FIR number's start, an accused's CNIC, or an accused's name. */
    private String query(String q, Map<String, Object> params) {
        params.put("firPrefix", q.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String accused = "exists (select 1 from accused a where a.investigation_id = i.id and a.registering_agency_id = :agencyId and %s)";
        if (Identifiers.looksLikeCnic(q)) {
            params.put("cnic", Identifiers.normaliseCnic(q).orElseThrow());
            return "(upper(i.fir_number) like :firPrefix or " + accused.formatted("a.cnic = :cnic") + ")";
        }
        names.useThreshold();
        params.put("name", q);
        params.put("father", null);
        return "(upper(i.fir_number) like :firPrefix or "
                + accused.formatted(NameMatching.condition("a.name_key", "a.father_key", "name", "father")) + ")";
    }

    private static InvestigationRow row(ResultSet rs, int rowNumber) throws SQLException {
        Array offences = rs.getArray("offences");
        return new InvestigationRow(rs.getLong("id"), rs.getString("fir_number"), rs.getObject("registered_on", LocalDate.class),
                rs.getString("district_code"), Arrays.stream((String[]) offences.getArray()).map(Offence::valueOf).toList(),
                rs.getInt("accused"), rs.getObject("first_charge_sheet_on", LocalDate.class), rs.getBoolean("stalled"));
    }

    /** The agency's next hearings, from today, soonest first. */
    @Transactional
    public List<Hearing> calendar(RabtaUser user) {
        access.requireInvestigator(user);
        List<Hearing> hearings = jdbc.sql("""
                        select a.next_hearing_on, a.id, a.name, i.id as investigation_id, i.fir_number, e.court, e.court_case_number
                        from accused a
                        join investigation i on i.id = a.investigation_id
                        left join lateral (select court, court_case_number from accused_event e
                                           where e.accused_id = a.id and e.court is not null
                                           order by e.occurred_on desc, e.id desc limit 1) e on true
                        where a.registering_agency_id = :agencyId and a.next_hearing_on >= :today
                        order by a.next_hearing_on, a.id
                        limit :limit""")
                .param("agencyId", user.agencyId())
                .param("today", LocalDate.now(clock))
                .param("limit", CALENDAR_LIMIT)
                .query((rs, row) -> new Hearing(rs.getObject("next_hearing_on", LocalDate.class), rs.getLong("id"), rs.getString("name"),
                        rs.getLong("investigation_id"), rs.getString("fir_number"), rs.getString("court"), rs.getString("court_case_number")))
                .list();
        audit.recordRead(BulkRead.of(InvestigationAuditAction.COURT_CALENDAR_VIEWED,
                "court calendar", null), List.of());
        return hearings;
    }
}
