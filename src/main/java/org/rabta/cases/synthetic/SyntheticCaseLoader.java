package org.rabta.cases.synthetic;

import org.rabta.shared.Violation;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CaseAuditAction;
import org.rabta.cases.CaseEventType;
import org.rabta.cases.CaseField;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CaseNumbers;
import org.rabta.cases.CaseValidator;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.rabta.cases.synthetic.SyntheticCaseGenerator.Owner;
import org.rabta.cases.synthetic.SyntheticCaseGenerator.Place;
import org.rabta.cases.synthetic.SyntheticCaseGenerator.Staff;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads synthetic cases (made up by {@link SyntheticCaseGenerator}) for load tests and the demo, fast enough for a
 * million: rows are streamed with COPY in batches, each batch one transaction. Everything the application would
 * have written is written the same way: case numbers are taken from the same per-province, per-year counters
 * ({@link CaseNumbers#reserve}) so later registrations continue the sequence; the derived search columns (name and
 * father's name keys, birth year) are computed by PostgreSQL as for every insert; each case gets its timeline
 * (registration, follow-up, notes, attachments, closure). The load itself is one audit event, not one per case.
 */
@Service
public class SyntheticCaseLoader {

    static final int BATCH_SIZE = 10_000;
    /** Synthetic identification dates start on the first of January this many years before today's year. */
    static final int YEARS_OF_HISTORY = 6;

    /** The case's own columns, then one for each {@link CaseField}. */
    private static final String CASE_COLUMNS = "victim_case (id, case_number, status, owning_agency_id, caseworker_id, "
            + "caseworker_name, identifying_agency_id, province_code, closed_on, close_reason, version, created_at, "
            + "created_by, updated_at, updated_by, updated_by_name, "
            + Arrays.stream(CaseField.values()).map(CaseField::column).collect(Collectors.joining(", ")) + ")";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final CaseNumbers numbers;
    private final GeographyService geography;
    private final AgencyService agencies;
    private final UserAccountService users;
    private final AuditTrail audit;
    private final Clock clock;

    SyntheticCaseLoader(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                        CaseNumbers numbers, GeographyService geography, AgencyService agencies, UserAccountService users,
                        AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.numbers = numbers;
        this.geography = geography;
        this.agencies = agencies;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record Result(int cases, int notes, int attachments, Duration took) {

        public long casesPerSecond() {
            return took.toMillis() == 0 ? cases : cases * 1000L / took.toMillis();
        }
    }

    /** Whether a load with this label has finished (the demo loads its cases once). */
    public boolean hasLoaded(String label) {
        return jdbc.sql("select exists (select 1 from synthetic_case_load where label = :label and finished_at is not null)")
                .param("label", label).query(Boolean.class).single();
    }

    /**
     * Loads {@code count} cases owned by the given agencies (by code; empty: every active agency), spread over the
     * districts each agency works in, by its active caseworkers and supervisors. Agencies without such staff own
     * none. {@code progress} hears the number loaded so far after each batch.
     */
    public Result load(String label, int count, Collection<String> agencyCodes, long seed, IntConsumer progress) {
        Instant started = clock.instant();
        // In a transaction: an agency's districts are loaded lazily.
        List<Owner> owners = transactions.execute(status -> owners(agencyCodes));
        List<Place> places = places();
        LocalDate today = LocalDate.now(clock);
        Set<String> districtCodes = geography.districts().stream().map(District::getCode).collect(Collectors.toSet());
        LocalDate firstDay = LocalDate.now(clock).minusYears(YEARS_OF_HISTORY).withDayOfYear(1);
        SyntheticCaseGenerator generator = new SyntheticCaseGenerator(seed, places, owners, firstDay, started, clock.getZone(), count);
        long loadId = jdbc.sql("""
                        insert into synthetic_case_load (label, requested, seed, started_at) values (:label, :count, :seed, :at)
                        returning id""")
                .param("label", label).param("count", count).param("seed", seed).param("at", Timestamp.from(started))
                .query(Long.class).single();
        int loaded = 0;
        int notes = 0;
        int attachments = 0;
        while (loaded < count) {
            int from = loaded;
            int size = Math.min(BATCH_SIZE, count - loaded);
            int[] written = transactions.execute(status -> {
                List<SyntheticCase> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(generator.next(from + i));
                }
                return writeBatch(batch, today, districtCodes);
            });
            loaded += size;
            notes += written[0];
            attachments += written[1];
            progress.accept(loaded);
        }
        Duration took = Duration.between(started, clock.instant());
        int loadedCases = loaded;
        int loadedNotes = notes;
        int loadedAttachments = attachments;
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update synthetic_case_load set loaded = :loaded, finished_at = :at where id = :id")
                    .param("loaded", loadedCases).param("at", Timestamp.from(clock.instant())).param("id", loadId).update();
            audit.record(AuditRecord.of(CaseAuditAction.SYNTHETIC_CASES_LOADED,
                    "SYNTHETIC_CASE_LOAD", String.valueOf(loadId),
                    label + ": " + loadedCases + " cases, " + loadedNotes + " notes, " + loadedAttachments
                            + " attachments, seed " + seed));
        });
        // Fresh statistics, so that the planner knows the new size of the tables before the first search, and a fresh
        // visibility map, so that the list's index-only scans (V70) need not visit the newly written heap pages.
        jdbc.sql("vacuum (analyze) victim_case, case_note, case_attachment, case_event").update();
        return new Result(loadedCases, loadedNotes, loadedAttachments, took);
    }

    /**
     * Writes one batch (ordered by registration time) and answers how many notes and attachments it held. Each case
     * passes the registration's rules first ({@link CaseValidator}), as every other way into the registry does.
     */
    private int[] writeBatch(List<SyntheticCase> batch, LocalDate today, Set<String> districtCodes) {
        batch.sort(Comparator.comparing(SyntheticCase::createdAt));
        List<String> caseNumbers = caseNumbers(batch);
        List<Long> caseIds = nextIds("victim_case", batch.size());
        int attachmentCount = batch.stream().mapToInt(c -> c.attachments().size()).sum();
        List<Long> attachmentIds = nextIds("case_attachment", attachmentCount);

        CopyRows cases = new CopyRows(CASE_COLUMNS);
        CopyRows events = new CopyRows("case_event (case_id, occurred_at, type, actor, actor_name, details)");
        CopyRows notes = new CopyRows("case_note (case_id, body, restricted, author, author_name, agency_id, created_at)");
        CopyRows attachments = new CopyRows("""
                case_attachment (id, case_id, file_name, content_type, size_bytes, sha256, description, uploaded_by,
                uploaded_by_name, uploaded_at)""");
        CopyRows contents = new CopyRows("case_attachment_content (attachment_id, content)");
        int nextAttachment = 0;
        for (int i = 0; i < batch.size(); i++) {
            SyntheticCase c = batch.get(i);
            long id = caseIds.get(i);
            Staff staff = c.caseworker();
            addCase(cases, id, caseNumbers.get(i), c, today, districtCodes);
            event(events, id, c.createdAt(), CaseEventType.REGISTERED, staff, null);
            if (c.followUpAt() != null) {
                event(events, id, c.followUpAt(), CaseEventType.STATUS_CHANGED, staff, "ACTIVE,FOLLOW_UP");
            }
            for (SyntheticCase.Note note : c.notes()) {
                notes.add(id).add(note.body()).add(note.restricted()).add(staff.username()).add(staff.fullName())
                        .add(c.owner().agencyId()).add(note.at()).endRow();
                event(events, id, note.at(), CaseEventType.NOTE_ADDED, staff, note.restricted() ? "restricted" : null);
            }
            for (SyntheticCase.Attachment attachment : c.attachments()) {
                long attachmentId = attachmentIds.get(nextAttachment++);
                attachments.add(attachmentId).add(id).add(attachment.fileName()).add(PlaceholderDocument.CONTENT_TYPE)
                        .add(PlaceholderDocument.CONTENT.length).add(PlaceholderDocument.SHA256).add(attachment.description())
                        .add(staff.username()).add(staff.fullName()).add(attachment.at()).endRow();
                contents.add(attachmentId).add(PlaceholderDocument.CONTENT).endRow();
                event(events, id, attachment.at(), CaseEventType.ATTACHMENT_ADDED, staff, attachment.fileName());
            }
            if (c.closed()) {
                event(events, id, c.closedAt(), CaseEventType.CLOSED, staff, c.status() + ": " + c.closeReason());
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            for (CopyRows rows : List.of(cases, events, notes, attachments, contents)) {
                rows.copyInto(connection);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Copying synthetic cases failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return new int[] {notes.rows(), attachments.rows()};
    }

    private static void addCase(CopyRows rows, long id, String caseNumber, SyntheticCase c, LocalDate today,
                                Set<String> districtCodes) {
        CaseForm form = c.form();
        form.normalise();
        List<Violation> violations = CaseValidator.validate(form, today, districtCodes::contains);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("A synthetic case breaks the registration's rules: " + violations);
        }
        Staff staff = c.caseworker();
        rows.add(id).add(caseNumber).add(c.status()).add(c.owner().agencyId()).add(staff.id()).add(staff.fullName())
                .add(c.owner().agencyId()).add(c.district().provinceCode()).add(c.closedOn()).add(c.closeReason())
                .add(c.version()).add(c.createdAt()).add(staff.username()).add(c.updatedAt()).add(staff.username())
                .add(staff.fullName());
        for (CaseField field : CaseField.values()) {
            rows.add(field.stored(form));
        }
        rows.endRow();
    }

    private static void event(CopyRows rows, long caseId, Instant at, CaseEventType type, Staff staff, String details) {
        rows.add(caseId).add(at).add(type.name()).add(staff.username()).add(staff.fullName()).add(details).endRow();
    }

    /** Case numbers for the batch, in its order, from one counter reservation per province prefix and year. */
    private List<String> caseNumbers(List<SyntheticCase> batch) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SyntheticCase c : batch) {
            counts.merge(c.district().casePrefix() + c.identifiedOn().getYear(), 1, Integer::sum);
        }
        Map<String, Long> next = new HashMap<>();
        counts.forEach((key, count) -> {
            long last = numbers.reserve(key.substring(0, 2), Integer.parseInt(key.substring(2)), count);
            next.put(key, last - count + 1);
        });
        List<String> result = new ArrayList<>(batch.size());
        for (SyntheticCase c : batch) {
            String key = c.district().casePrefix() + c.identifiedOn().getYear();
            long sequence = next.merge(key, 1L, Long::sum) - 1;
            result.add(CaseNumbers.format(c.district().casePrefix(), c.identifiedOn().getYear(), sequence));
        }
        return result;
    }

    private List<Long> nextIds(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count)")
                .param("table", table).param("count", count).query(Long.class).list();
    }

    private List<Place> places() {
        Map<String, String> prefixes = geography.provinces().stream()
                .collect(Collectors.toMap(Province::getCode, Province::getCasePrefix));
        return geography.activeDistricts().stream()
                .map(d -> new Place(d.getCode(), d.getProvinceCode(), prefixes.get(d.getProvinceCode()), d.getNameEn()))
                .toList();
    }

    private List<Owner> owners(Collection<String> agencyCodes) {
        List<Agency> chosen = agencyCodes.isEmpty()
                ? agencies.activeAgencies()
                : agencyCodes.stream().map(agencies::byCode).toList();
        List<District> districts = geography.activeDistricts();
        List<Owner> owners = new ArrayList<>();
        for (Agency agency : chosen) {
            List<Staff> staff = new ArrayList<>();
            for (Role role : List.of(Role.CASEWORKER, Role.SUPERVISOR)) {
                for (UserAccount account : users.activeUsersOfAgency(agency.getId(), role)) {
                    if (staff.stream().noneMatch(s -> s.id() == account.getId())) {
                        staff.add(new Staff(account.getId(), account.getUsername(), account.getFullName()));
                    }
                }
            }
            if (staff.isEmpty()) {
                continue;
            }
            Set<String> area = switch (agency.getJurisdictionLevel()) {
                case NATIONAL -> districts.stream().map(District::getCode).collect(Collectors.toSet());
                case PROVINCE -> districts.stream().filter(d -> d.getProvinceCode().equals(agency.getProvinceCode()))
                        .map(District::getCode).collect(Collectors.toSet());
                case DISTRICTS -> Set.copyOf(agency.getDistrictCodes());
            };
            owners.add(new Owner(agency.getId(), agency.getCode(), agency.getType().name(), area, List.copyOf(staff)));
        }
        if (owners.isEmpty()) {
            throw new IllegalStateException("No active agency with caseworkers or supervisors to own synthetic cases");
        }
        return owners;
    }
}
