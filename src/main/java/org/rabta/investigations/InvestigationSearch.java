package org.rabta.investigations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * The agency's investigations, filtered and paged, and its court calendar. Every filter is on an index of V86: the
 * agency and date ({@code investigation_agency_registered_idx}), the district, the offence and the accused's CNIC; the
 * accused name on the trigram GiST index of the agency's distinct name keys (V94), nearest first. Audited as a search
 * whose terms only the agency's supervisors see.
 */
@Service
@RequiredArgsConstructor
public class InvestigationSearch {

    static final int STALLED_DAYS = 90;
    static final int CALENDAR_LIMIT = 200;

    private static final String FIR_PREFIX = "upper(i.fir_number) like :firPrefix";
    /**
     * The agency's distinct name keys (V94: a few thousand where the agency has a quarter of a million accused), read
     * nearest first, each followed by its accused: the read stops after the page without walking every accused row.
     */
    static final String AGENCY_NAME_KEYS_AND_THEIR_ACCUSED = "accused_name_key k join accused a"
            + " on a.registering_agency_id = k.registering_agency_id and a.name_key = k.name_key";
    private static final String SELECT = """
            select i.id, i.fir_number, i.registered_on, i.district_code, i.first_charge_sheet_on,
                   i.first_charge_sheet_on is null and i.registered_on < :stalledBefore as stalled,
                   array(select o.offence_code from investigation_offence o where o.investigation_id = i.id
                         order by o.offence_code) as offences,
                   (select count(*) from accused a where a.investigation_id = i.id) as accused
            """;

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
        int wanted = filter.size() + 1;
        long offset = (long) filter.page() * filter.size();
        boolean byName = filter.q() != null && !Identifiers.looksLikeCnic(filter.q());
        List<InvestigationRow> rows;
        if (filter.q() == null) {
            rows = newestFirst(String.join(" and ", conditions), params, wanted, offset);
        } else if (!byName) {
            params.put("firPrefix", firPrefix(filter.q()));
            params.put("cnic", Identifiers.normaliseCnic(filter.q()).orElseThrow());
            conditions.add("(" + FIR_PREFIX + " or exists (select 1 from accused a where a.investigation_id = i.id"
                    + " and a.registering_agency_id = :agencyId and a.cnic = :cnic))");
            rows = newestFirst(String.join(" and ", conditions), params, wanted, offset);
        } else {
            rows = firNumbersThenNearestNames(String.join(" and ", conditions), params, filter.q(), wanted, offset);
        }
        InvestigationAuditAction read = filter.q() == null
                ? InvestigationAuditAction.INVESTIGATIONS_LISTED : InvestigationAuditAction.INVESTIGATIONS_SEARCHED;
        audit.recordRead(BulkRead.of(read, "investigations", filter.terms()), List.of());
        boolean hasNext = rows.size() > filter.size();
        return new InvestigationList(hasNext ? rows.subList(0, filter.size()) : rows, filter, hasNext, byName);
    }

    private List<InvestigationRow> newestFirst(String where, Map<String, Object> params, int limit, long offset) {
        return jdbc.sql(SELECT + "from investigation i where " + where + " order by i.registered_on desc, i.id desc limit "
                        + limit + " offset " + offset)
                .params(params)
                .query(InvestigationSearch::row)
                .list();
    }

    /**
     * A name as search text: the investigations whose FIR number starts with it (newest first), then those with an
     * accused of a similar name, the closest name first (each investigation once, by its closest accused), read
     * nearest-first from the agency's distinct name keys (V94) so that a common name stops at the page. A page may hold
     * the last FIR numbers and the first names; a page past the FIR numbers skips as many names as it is past them.
     */
    private List<InvestigationRow> firNumbersThenNearestNames(String where, Map<String, Object> params, String q, int wanted,
                                                              long offset) {
        params.put("firPrefix", firPrefix(q));
        List<InvestigationRow> rows = new ArrayList<>(newestFirst(where + " and " + FIR_PREFIX, params, wanted, offset));
        if (rows.size() == wanted) {
            return rows;
        }
        long namesOffset = rows.isEmpty() && offset > 0 ? offset - firNumbersBefore(where, params, offset) : 0;
        names.useThreshold();
        params.put("name", q);
        params.put("father", null);
        rows.addAll(nearestNames(where, params, wanted - rows.size(), namesOffset));
        return rows;
    }

    /** How many FIR numbers start with the text, knowing that there are at most {@code offset}. */
    private long firNumbersBefore(String where, Map<String, Object> params, long offset) {
        return jdbc.sql("select count(*) from (select 1 from investigation i where " + where + " and " + FIR_PREFIX
                        + " limit " + offset + ") fir")
                .params(params).query(Long.class).single();
    }

    /**
     * Each investigation once, by its closest accused: "no other accused of it is closer" (an anti-join the planner
     * expects most rows to pass, so that it reads the index nearest first and stops at the page; "the closest accused's
     * id" made it expect a few rows and sort them all). Ordered by distance alone: a second key would make PostgreSQL
     * read every name at the same distance before the page could start (see {@code cases.CaseSearch}). Equal distances
     * come in the index's order, the same from page to page while the index is unchanged, so pages neither overlap nor
     * skip; within a page they are shown newest first.
     */
    private List<InvestigationRow> nearestNames(String where, Map<String, Object> params, int limit, long offset) {
        String distance = NameMatching.distance("k.name_key", "name");
        String closer = NameMatching.distance("b.name_key", "name");
        List<NameMatch> matches = jdbc.sql(SELECT + ", " + distance + " as distance"
                        + " from " + AGENCY_NAME_KEYS_AND_THEIR_ACCUSED + " join investigation i on i.id = a.investigation_id"
                        + " where k.registering_agency_id = :agencyId and " + NameMatching.condition("k.name_key", "a.father_key", "name", "father")
                        + " and not exists (select 1 from accused b where b.investigation_id = a.investigation_id and b.id <> a.id"
                        + " and (" + closer + " < " + distance + " or " + closer + " = " + distance + " and b.id < a.id))"
                        + " and " + where + " and not " + FIR_PREFIX
                        + " order by " + distance + " limit " + limit + " offset " + offset)
                .params(params)
                .query((rs, n) -> new NameMatch(row(rs, n), rs.getDouble("distance")))
                .list();
        return matches.stream().sorted(NameMatch.CLOSEST_THEN_NEWEST).map(NameMatch::row).toList();
    }

    private record NameMatch(InvestigationRow row, double distance) {
        static final Comparator<NameMatch> CLOSEST_THEN_NEWEST = Comparator.comparingDouble(NameMatch::distance)
                .thenComparing(match -> match.row().registeredOn(), Comparator.reverseOrder())
                .thenComparing(match -> match.row().id(), Comparator.reverseOrder());
    }

    private static String firPrefix(String q) {
        return q.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
