package org.rabta.directory;

import static org.rabta.shared.Text.blankToNull;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral directory: which agency offers which service, where, to whom, with how much room, and whom to
 * call. Everyone signed in reads it; an agency's supervisor keeps its own entries, an admin any agency's.
 * The services an agency offers at all stay on the agency (admin screens); this adds the details per service.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ServiceDirectory {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{3,30}$");

    private final JdbcClient jdbc;
    private final GeographyService geography;
    private final AuditTrail audit;
    private final Clock clock;

    /** Every active agency's offer of a service (all services when {@code type} is null), by agency name. */
    public List<ServiceListing> offering(ServiceType type) {
        return jdbc.sql(LISTING_SQL + " where a.active and (cast(:type as varchar) is null or s.service_type = :type)"
                        + " order by a.name, s.service_type")
                .param("type", type == null ? null : type.name())
                .query(ServiceDirectory::listing).list();
    }

    /**
     * The directory search: offers of a service (or all) available in a district (or anywhere). Local offers
     * only; the referral form asks {@link #offering} and ranks by {@link ServiceListing#reachFrom}.
     */
    public List<ServiceListing> search(ServiceType type, String districtCode) {
        return search(type, districtCode, Set.of());
    }

    /** The directory search, keeping only offers that take in someone needing {@code needed} (see {@link Eligibility#neededBy}). */
    public List<ServiceListing> search(ServiceType type, String districtCode, Set<Eligibility> needed) {
        List<ServiceListing> all = offering(type).stream().filter(listing -> listing.accepts(needed)).toList();
        if (districtCode == null || districtCode.isBlank()) {
            return all;
        }
        District district = geography.findDistrict(districtCode.strip())
                .orElseThrow(() -> new RecordNotFoundException("District", districtCode));
        return all.stream().filter(listing -> listing.offeredIn(district.getCode(), district.getProvinceCode())).toList();
    }

    public ServiceListing listing(String agencyCode, ServiceType type) {
        return jdbc.sql(LISTING_SQL + " where upper(a.code) = upper(:code) and s.service_type = :type")
                .param("code", agencyCode).param("type", type.name())
                .query(ServiceDirectory::listing).optional()
                .orElseThrow(() -> new RecordNotFoundException("Service", agencyCode + "/" + type));
    }

    /** Whether someone of {@code editorAgencyId} may keep the agency's entries: its supervisor, or any admin. */
    public static boolean mayEdit(ServiceListing listing, long editorAgencyId, boolean supervisor, boolean admin) {
        return admin || supervisor && listing.agencyId() == editorAgencyId;
    }

    /**
     * Saves the details of one service of an agency. The caller states the editor's agency and roles (the
     * directory does not know accounts); anyone else is told the entry does not exist. A stale form is refused.
     */
    @Transactional
    public ServiceListing update(String editor, long editorAgencyId, boolean supervisor, boolean admin,
                                 String agencyCode, ServiceType type, ServiceOfferForm form) {
        ServiceListing listing = listing(agencyCode, type);
        if (!mayEdit(listing, editorAgencyId, supervisor, admin)) {
            throw new RecordNotFoundException("Service", agencyCode + "/" + type);
        }
        if (!java.util.Objects.equals(form.getVersion(), listing.version())) {
            throw new ConcurrentEditException("Service " + agencyCode + "/" + type, null, listing.updatedAt());
        }
        validate(form);
        Set<Eligibility> who = form.getEligibility();
        int saved = jdbc.sql("""
                        insert into service_offer (agency_id, service_type, for_women, for_men, for_children, for_transgender,
                            capacity_free, contact_person, contact_phone, contact_email, notes, version, updated_at, updated_by)
                        values (:agency, :type, :women, :men, :children, :transgender, :capacity, :person, :phone, :email,
                            :notes, 0, :now, :editor)
                        on conflict (agency_id, service_type) do update set for_women = excluded.for_women,
                            for_men = excluded.for_men, for_children = excluded.for_children,
                            for_transgender = excluded.for_transgender, capacity_free = excluded.capacity_free,
                            contact_person = excluded.contact_person, contact_phone = excluded.contact_phone,
                            contact_email = excluded.contact_email, notes = excluded.notes,
                            version = service_offer.version + 1, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by
                        where service_offer.version = :version""")
                .param("agency", listing.agencyId()).param("type", type.name())
                .param("women", who.contains(Eligibility.WOMEN)).param("men", who.contains(Eligibility.MEN))
                .param("children", who.contains(Eligibility.CHILDREN)).param("transgender", who.contains(Eligibility.TRANSGENDER))
                .param("capacity", form.getCapacityFree()).param("person", blankToNull(form.getContactPerson()))
                .param("phone", blankToNull(form.getContactPhone())).param("email", blankToNull(form.getContactEmail()))
                .param("notes", blankToNull(form.getNotes())).param("now", Timestamp.from(clock.instant()))
                .param("editor", editor).param("version", form.getVersion() == null ? -1 : form.getVersion())
                .update();
        if (saved == 0) {
            throw new ConcurrentEditException("Service " + agencyCode + "/" + type, null, listing.updatedAt());
        }
        jdbc.sql("delete from service_offer_district where agency_id = :agency and service_type = :type")
                .param("agency", listing.agencyId()).param("type", type.name()).update();
        for (String district : form.getDistrictCodes()) {
            jdbc.sql("insert into service_offer_district (agency_id, service_type, district_code) values (:agency, :type, :district)")
                    .param("agency", listing.agencyId()).param("type", type.name()).param("district", district).update();
        }
        audit.record(AuditRecord.of(DirectoryAuditAction.SERVICE_DIRECTORY_UPDATED, "AGENCY", listing.agencyCode(),
                "%s: for %s, districts %s, capacity %s".formatted(type, who, form.getDistrictCodes(),
                        form.getCapacityFree() == null ? "not recorded" : form.getCapacityFree())));
        return listing(agencyCode, type);
    }

    private void validate(ServiceOfferForm form) {
        List<Violation> problems = new ArrayList<>();
        if (form.getEligibility().isEmpty()) {
            problems.add(Violation.of("eligibility", "directory.error.eligibilityRequired"));
        }
        if (form.getCapacityFree() != null && (form.getCapacityFree() < 0 || form.getCapacityFree() > 100_000)) {
            problems.add(Violation.of("capacityFree", "directory.error.capacity"));
        }
        for (String code : form.getDistrictCodes()) {
            if (geography.findDistrict(code).isEmpty()) {
                problems.add(Violation.of("districtCodes", "directory.error.unknownDistrict", code));
            }
        }
        String phone = blankToNull(form.getContactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(Violation.of("contactPhone", "directory.error.phone"));
        }
        String email = blankToNull(form.getContactEmail());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(Violation.of("contactEmail", "directory.error.email"));
        }
        tooLong(problems, "contactPerson", form.getContactPerson(), 120);
        tooLong(problems, "notes", form.getNotes(), 500);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void tooLong(List<Violation> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(Violation.of(field, "directory.error.tooLong", max));
        }
    }

    private static final String LISTING_SQL = """
            select a.id, a.code, a.name, a.name_ur, a.type, a.jurisdiction_level, a.province_code, s.service_type,
                   o.for_women, o.for_men, o.for_children, o.for_transgender, o.capacity_free,
                   coalesce(o.contact_person, a.contact_person) as contact_person,
                   coalesce(o.contact_phone, a.phone) as contact_phone,
                   coalesce(o.contact_email, a.email) as contact_email, o.notes, o.version, o.updated_at,
                   array(select d.district_code from service_offer_district d
                         where d.agency_id = a.id and d.service_type = s.service_type order by 1) as offer_districts,
                   array(select ad.district_code from agency_district ad where ad.agency_id = a.id order by 1) as agency_districts
            from agency_service s
            join agency a on a.id = s.agency_id
            left join service_offer o on o.agency_id = s.agency_id and o.service_type = s.service_type""";

    private static ServiceListing listing(ResultSet rs, int row) throws SQLException {
        Set<Eligibility> eligibility = EnumSet.noneOf(Eligibility.class);
        Long version = rs.getObject("version", Long.class);
        if (version == null || rs.getBoolean("for_women")) {
            eligibility.add(Eligibility.WOMEN);
        }
        if (version == null || rs.getBoolean("for_men")) {
            eligibility.add(Eligibility.MEN);
        }
        if (version == null || rs.getBoolean("for_children")) {
            eligibility.add(Eligibility.CHILDREN);
        }
        if (version == null || rs.getBoolean("for_transgender")) {
            eligibility.add(Eligibility.TRANSGENDER);
        }
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ServiceListing(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_ur"),
                AgencyType.valueOf(rs.getString("type")), ServiceType.valueOf(rs.getString("service_type")), eligibility,
                rs.getObject("capacity_free", Integer.class), rs.getString("contact_person"), rs.getString("contact_phone"),
                rs.getString("contact_email"), rs.getString("notes"), strings(rs.getArray("offer_districts")),
                JurisdictionLevel.valueOf(rs.getString("jurisdiction_level")), rs.getString("province_code"),
                strings(rs.getArray("agency_districts")), version, updated == null ? null : updated.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf)
                .sorted(Comparator.naturalOrder()).toList();
    }
}
