package org.rabta.reporting;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the investigations of an area have gone, for a coordination committee: counts only (no FIR number, no
 * name, no case), under the small-cell rule of every statistic ({@link SmallCells}: a committee reads from outside
 * every registering agency). Each investigation counts once, at the furthest stage any of its accused reached; it is
 * stalled when its FIR has waited {@link #CHARGE_SHEET_DAYS} days without a charge sheet, when a charge-sheeted accused
 * without a verdict has had no court date for {@link #HEARING_DAYS} days and none is set ahead, or when an accused's
 * latest step is absconding (a proclaimed offender). The area is the FIR's district, as in the justice figures.
 */
@Service
@RequiredArgsConstructor
public class InvestigationProgress {

    /** The Code of Criminal Procedure's expectation of a challan, taken generously: 90 days after the FIR. */
    public static final int CHARGE_SHEET_DAYS = 90;

    /** A trial with no hearing for two months and none set ahead has fallen off the court's list. */
    public static final int HEARING_DAYS = 60;

    /** How far an investigation has gone, in order. */
    public enum Stage {
        REGISTERED, CHARGE_SHEET, TRIAL, VERDICT
    }

    /** Why an investigation is stalled; one may be stalled for several reasons, and counts under each. */
    public enum Stall {
        NO_CHARGE_SHEET, NO_HEARING, ABSCONDING
    }

    /** The stalled investigations of one registering agency, by reason. */
    public record AgencyStalls(Agency agency, Map<Stall, Count> counts) {
    }

    /** The figures as the committee sees them. */
    public record Figures(Count total, Map<Stage, Count> stages, Map<Stall, Count> stalled, List<AgencyStalls> agencies,
                          LocalDate today) {
    }

    /**
     * Per investigation of the area: its stage and why it is stalled. The accused's flags are read from their own
     * columns and the hearing index (accused_event_hearing_idx); the latest step from accused_event_accused_idx.
     */
    private static final String SQL = """
            select x.agency_id, x.stage, count(*) as n,
                   count(*) filter (where x.no_charge_sheet) as no_charge_sheet,
                   count(*) filter (where x.no_hearing) as no_hearing,
                   count(*) filter (where x.absconding) as absconding
            from (
                select i.registering_agency_id as agency_id,
                       case when p.verdict then 'VERDICT' when p.trial then 'TRIAL'
                            when i.first_charge_sheet_on is not null then 'CHARGE_SHEET' else 'REGISTERED' end as stage,
                       i.first_charge_sheet_on is null and i.registered_on <= :chargeSheetDue as no_charge_sheet,
                       coalesce(p.no_hearing, false) as no_hearing,
                       coalesce(p.absconding, false) as absconding
                from investigation i join district d on d.code = i.district_code
                left join lateral (
                    select bool_or(acc.first_verdict_on is not null) as verdict,
                           bool_or(h.last_hearing is not null) as trial,
                           bool_or(acc.first_charge_sheet_on is not null and acc.first_verdict_on is null
                                   and (acc.next_hearing_on is null or acc.next_hearing_on < :today)
                                   and greatest(acc.first_charge_sheet_on, h.last_hearing) <= :hearingDue) as no_hearing,
                           bool_or(latest.type = 'ABSCONDED') as absconding
                    from accused acc
                    left join lateral (select max(e.occurred_on) as last_hearing from accused_event e
                                       where e.accused_id = acc.id and e.type = 'HEARING') h on true
                    left join lateral (select e.type from accused_event e where e.accused_id = acc.id
                                       order by e.occurred_on desc, e.id desc limit 1) latest on true
                    where acc.investigation_id = i.id) p on true
                where %s
            ) x
            group by x.agency_id, x.stage""";

    private final JdbcClient jdbc;
    private final AgencyService agencies;
    private final Clock clock;

    /** The figures of the investigations whose FIR is in the reach (a committee's jurisdiction, or the country). */
    @Transactional(readOnly = true)
    public Figures of(Reach reach) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(today));
        params.put("chargeSheetDue", Date.valueOf(today.minusDays(CHARGE_SHEET_DAYS)));
        params.put("hearingDue", Date.valueOf(today.minusDays(HEARING_DAYS)));
        YearMonth month = YearMonth.from(today);
        String area = new StatisticsScope(reach, month, month, null, null, null, null)
                .area("i.registering_agency_id", "d.province_code", "i.district_code", params);
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        Map<Stall, Long> stalled = new EnumMap<>(Stall.class);
        Map<Long, Map<Stall, Long>> byAgency = new LinkedHashMap<>();
        jdbc.sql(SQL.formatted(area)).params(params).query(rs -> {
            stages.merge(Stage.valueOf(rs.getString("stage")), rs.getLong("n"), Long::sum);
            Map<Stall, Long> agency = byAgency.computeIfAbsent(rs.getLong("agency_id"), id -> new EnumMap<>(Stall.class));
            for (Stall stall : Stall.values()) {
                long n = rs.getLong(stall.name().toLowerCase(java.util.Locale.ROOT));
                stalled.merge(stall, n, Long::sum);
                agency.merge(stall, n, Long::sum);
            }
        });
        return figures(SmallCells.readerOf(reach), stages, stalled, byAgency, today);
    }

    private Figures figures(SmallCells cells, Map<Stage, Long> stages, Map<Stall, Long> stalled,
                            Map<Long, Map<Stall, Long>> byAgency, LocalDate today) {
        long total = stages.values().stream().mapToLong(Long::longValue).sum();
        List<Count> stageCounts = cells.breakdown(List.of(Stage.values()).stream().map(s -> stages.getOrDefault(s, 0L)).toList());
        Map<Stage, Count> shownStages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            shownStages.put(stage, stageCounts.get(stage.ordinal()));
        }
        Map<Stall, Count> shownStalled = new EnumMap<>(Stall.class);
        stalled.forEach((stall, n) -> shownStalled.put(stall, cells.count(n)));
        for (Stall stall : Stall.values()) {
            shownStalled.putIfAbsent(stall, cells.count(0));
        }
        // Only agencies with a stalled investigation; each reason's column adds up to its total above, so it is a
        // breakdown whose suppressed cells that total must not give back.
        List<Long> agencyIds = byAgency.entrySet().stream()
                .filter(entry -> entry.getValue().values().stream().anyMatch(n -> n > 0)).map(Map.Entry::getKey).toList();
        Map<Long, Agency> named = new HashMap<>();
        agencies.agencies(agencyIds).forEach(agency -> named.put(agency.getId(), agency));
        List<Map<Stall, Count>> rows = new ArrayList<>();
        agencyIds.forEach(id -> rows.add(new EnumMap<>(Stall.class)));
        for (Stall stall : Stall.values()) {
            List<Count> column = cells.breakdown(agencyIds.stream().map(id -> byAgency.get(id).getOrDefault(stall, 0L)).toList());
            for (int i = 0; i < agencyIds.size(); i++) {
                rows.get(i).put(stall, column.get(i));
            }
        }
        List<AgencyStalls> agencyStalls = new ArrayList<>();
        for (int i = 0; i < agencyIds.size(); i++) {
            agencyStalls.add(new AgencyStalls(named.get(agencyIds.get(i)), rows.get(i)));
        }
        agencyStalls.sort(Comparator.comparing(row -> row.agency().getName()));
        return new Figures(cells.count(total), shownStages, shownStalled, List.copyOf(agencyStalls), today);
    }
}
