package org.rabta.investigations.synthetic;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.synthetic.CopyRows;
import org.rabta.cases.synthetic.SyntheticNames;
import org.rabta.investigations.InvestigationAuditAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads made-up investigations for the benchmark (docs/PERFORMANCE.md), each registered by the law-enforcement
 * agency (FIA circle or police) that owns a synthetic victim case, in that case's district, shortly after its
 * identification, with the case linked as complainant. Shaped like the published figures: many FIRs, most under the
 * Penal Code (police) or the smuggling and emigration laws (FIA); about two accused each, two in three arrested, fewer
 * charge-sheeted, a verdict for few and a conviction for fewer still (see {@link SyntheticPath}). Rows go in with COPY
 * ({@link CopyRows}) in batches of {@link #BATCH_SIZE} investigations, one transaction each, with the first dates
 * and the first and latest verdict the investigations service keeps from the events. Reproducible for a seed.
 */
@Component
public class SyntheticInvestigationLoader {

    static final int BATCH_SIZE = 5_000;
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    /** What a load wrote. */
    public record Result(int investigations, int accused, int events, Duration took) {
    }

    /** A victim case an investigation can start from. */
    record Origin(long caseId, long agencyId, String agencyType, String districtCode, LocalDate identifiedOn,
                  String createdBy) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    SyntheticInvestigationLoader(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                                 AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Loads {@code count} investigations from the victim cases of FIA circles and the police (each case once while
     * there are enough, then again); none when there are no such cases. {@code progress} hears the number loaded after
     * each batch.
     */
    public Result load(int count, long seed, IntConsumer progress) {
        Instant started = clock.instant();
        List<Origin> origins = jdbc.sql("""
                        select c.id, c.owning_agency_id, a.type, c.district_code, c.identified_on, c.created_by
                        from victim_case c join agency a on a.id = c.owning_agency_id
                        where a.type in ('FIA', 'POLICE')
                        order by md5(c.id::text || :seed) limit :count""")
                .param("seed", String.valueOf(seed)).param("count", count)
                .query((rs, row) -> new Origin(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getString(6)))
                .list();
        if (origins.isEmpty()) {
            return new Result(0, 0, 0, Duration.ZERO);
        }
        LocalDate today = LocalDate.now(clock.withZone(PAKISTAN));
        SplittableRandom random = new SplittableRandom(seed);
        int loaded = 0;
        int[] totals = new int[2];
        while (loaded < count) {
            int from = loaded;
            int size = Math.min(BATCH_SIZE, count - loaded);
            SplittableRandom batchRandom = random.split();
            int[] written = transactions.execute(status -> writeBatch(origins, from, size, today, batchRandom));
            totals[0] += written[0];
            totals[1] += written[1];
            loaded += size;
            progress.accept(loaded);
        }
        Duration took = Duration.between(started, clock.instant());
        int investigations = loaded;
        transactions.executeWithoutResult(status -> audit.record(AuditRecord.of(
                InvestigationAuditAction.SYNTHETIC_INVESTIGATIONS_LOADED, "SYNTHETIC_CASE_LOAD", "investigations", investigations + " investigations, " + totals[0] + " accused, "
                        + totals[1] + " events, seed " + seed)));
        jdbc.sql("vacuum (analyze) investigation, investigation_offence, investigation_victim, accused, accused_event, "
                + "accused_event_offence").update();
        return new Result(investigations, totals[0], totals[1], took);
    }

    private int[] writeBatch(List<Origin> origins, int from, int size, LocalDate today, SplittableRandom random) {
        List<Long> investigationIds = nextIds("investigation", size);
        CopyRows investigations = new CopyRows("""
                investigation (id, fir_number, registering_agency_id, district_code, registered_on, investigating_officer,
                first_charge_sheet_on, created_by, created_at, updated_at)""");
        CopyRows offences = new CopyRows("investigation_offence (investigation_id, offence_code)");
        CopyRows victims = new CopyRows("investigation_victim (investigation_id, case_id, role, added_by, added_at)");
        List<SyntheticPath> paths = new ArrayList<>();
        List<Long> pathInvestigations = new ArrayList<>();
        List<Origin> pathOrigins = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Origin origin = origins.get((from + i) % origins.size());
            long id = investigationIds.get(i);
            LocalDate registeredOn = min(origin.identifiedOn().plusDays(random.nextInt(31)), today);
            List<String> charged = SyntheticPath.offences(origin.agencyType(), random);
            int accusedCount = 1 + random.nextInt(3);
            LocalDate firstChargeSheet = null;
            for (int position = 1; position <= accusedCount; position++) {
                SyntheticPath path = SyntheticPath.of(registeredOn, today, charged, random);
                paths.add(path);
                pathInvestigations.add(id);
                pathOrigins.add(origin);
                if (path.chargeSheetOn() != null && (firstChargeSheet == null || path.chargeSheetOn().isBefore(firstChargeSheet))) {
                    firstChargeSheet = path.chargeSheetOn();
                }
            }
            Instant at = registeredOn.atTime(11, 0).atZone(PAKISTAN).toInstant();
            // Marked as made up, so that a number never clashes with an FIR registered by hand (77/2025); the pages print
            // "FIR" before it.
            investigations.add(id).add("SYN-" + id + "/" + registeredOn.getYear()).add(origin.agencyId())
                    .add(origin.districtCode()).add(registeredOn)
                    .add("Inspector " + SyntheticNames.fullName(random.nextInt(5) == 0, random)).add(firstChargeSheet)
                    .add(origin.createdBy()).add(at).add(at).endRow();
            charged.forEach(code -> offences.add(id).add(code).endRow());
            victims.add(id).add(origin.caseId()).add("COMPLAINANT").add(origin.createdBy()).add(at).endRow();
        }
        List<Long> accusedIds = nextIds("accused", paths.size());
        List<Long> eventIds = nextIds("accused_event", paths.stream().mapToInt(path -> path.events().size()).sum());
        CopyRows accused = new CopyRows("""
                accused (id, investigation_id, registering_agency_id, position, name, father_name, sex, age_years,
                nationality, cnic, role, first_arrested_on, first_charge_sheet_on, first_verdict_on, first_verdict,
                latest_verdict, next_hearing_on, created_by, created_at)""");
        CopyRows events = new CopyRows("""
                accused_event (id, accused_id, type, occurred_on, imprisonment_months, fine_rupees, court,
                court_case_number, next_hearing_on, recorded_by, recorded_at)""");
        CopyRows eventOffences = new CopyRows("accused_event_offence (event_id, offence_code, imprisonment_months, fine_rupees)");
        int nextEvent = 0;
        long previousInvestigation = -1;
        int position = 0;
        for (int i = 0; i < paths.size(); i++) {
            SyntheticPath path = paths.get(i);
            Origin origin = pathOrigins.get(i);
            long investigationId = pathInvestigations.get(i);
            position = investigationId == previousInvestigation ? position + 1 : 1;
            previousInvestigation = investigationId;
            long accusedId = accusedIds.get(i);
            Instant created = path.registeredOn().atTime(12, 0).atZone(PAKISTAN).toInstant();
            // A synthetic path has at most one verdict (no appeal): it is both the first and the latest.
            accused.add(accusedId).add(investigationId).add(origin.agencyId()).add(position)
                    .add(SyntheticNames.fullName(path.female(), random)).add(SyntheticNames.fullName(false, random))
                    .add(path.female() ? "FEMALE" : "MALE").add(path.ageYears()).add(path.nationality()).add(path.cnic())
                    .add(path.role()).add(path.arrestedOn()).add(path.chargeSheetOn()).add(path.verdictOn())
                    .add(path.verdict()).add(path.verdict()).add(path.nextHearingOn()).add(origin.createdBy()).add(created).endRow();
            for (SyntheticPath.Event event : path.events()) {
                long eventId = eventIds.get(nextEvent++);
                boolean inCourt = event.type().equals("CHARGE_SHEET") || event.type().equals("CONVICTED")
                        || event.type().equals("ACQUITTED") || event.type().equals("COMPROMISED");
                events.add(eventId).add(accusedId).add(event.type()).add(event.on()).add(event.imprisonmentMonths())
                        .add(event.fineRupees()).add(inCourt ? path.court() : null)
                        .add(inCourt ? "Sessions " + investigationId + "/" + path.registeredOn().getYear() : null)
                        .add(event.nextHearingOn()).add(origin.createdBy())
                        .add(event.on().atTime(16, 0).atZone(PAKISTAN).toInstant()).endRow();
                for (SyntheticPath.Sentence sentence : event.offences()) {
                    eventOffences.add(eventId).add(sentence.offence()).add(sentence.imprisonmentMonths())
                            .add(sentence.fineRupees()).endRow();
                }
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            for (CopyRows rows : List.of(investigations, offences, victims, accused, events, eventOffences)) {
                rows.copyInto(connection);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Copying synthetic investigations failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return new int[] {accused.rows(), events.rows()};
    }

    private List<Long> nextIds(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count)")
                .param("table", table).param("count", count).query(Long.class).list();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
