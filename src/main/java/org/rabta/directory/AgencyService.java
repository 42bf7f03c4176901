package org.rabta.directory;

import static org.rabta.shared.Text.blankToNull;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.infrastructure.ExpiringValue;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of agencies. Everyone signed in may read it; only admins change it. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    /** The audited actions that change an agency's version. */
    private static final List<DirectoryAuditAction> CHANGES = List.of(DirectoryAuditAction.AGENCY_CREATED,
            DirectoryAuditAction.AGENCY_UPDATED, DirectoryAuditAction.AGENCY_DEACTIVATED, DirectoryAuditAction.AGENCY_REACTIVATED);

    private static final Duration REFERENCE_DATA_TTL = Duration.ofSeconds(60);

    private final AgencyRepository agencies;
    private final GeographyService geography;
    private final AuditTrail audit;
    private final List<AgencyDeactivationCheck> deactivationChecks;
    /** Agencies' names, codes and types by id, for what every page reads (the case page's owner, the navigation). */
    private final ExpiringValue<Long, Agency.Label> labels;

    AgencyService(AgencyRepository agencies, GeographyService geography, AuditTrail audit,
                  List<AgencyDeactivationCheck> deactivationChecks) {
        this.agencies = agencies;
        this.geography = geography;
        this.audit = audit;
        this.deactivationChecks = deactivationChecks;
        this.labels = new ExpiringValue<>(REFERENCE_DATA_TTL, id -> agencies.findById(id).map(Agency::label)
                .orElseThrow(() -> new RecordNotFoundException("Agency", id)));
    }

    public Agency agency(long id) {
        return agencies.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("Agency", id));
    }

    /**
     * An agency's name, code and type, from memory: at most {@link #REFERENCE_DATA_TTL} old when another instance
     * changed it, at once when this one did. Loading the agency with its districts and services cost a tenth of every
     * case page.
     */
    public Agency.Label label(long id) {
        return labels.get(id);
    }

    public Optional<Agency> findByCode(String code) {
        return code == null ? Optional.empty() : agencies.findByCode(code.strip());
    }

    public Agency byCode(String code) {
        return findByCode(code).orElseThrow(() -> new RecordNotFoundException("Agency", code));
    }

    /** Agencies by id in one query, for lists that name many agencies. */
    public List<Agency> agencies(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : agencies.findAllById(ids);
    }

    public List<Agency> activeAgencies() {
        return agencies.findByActiveTrueOrderByName();
    }

    public List<Agency> allAgencies() {
        return agencies.findAllByOrderByName();
    }

    /** Active agencies with their districts and services loaded in one query, for the API and the directory. */
    public List<Agency> activeAgenciesWithDetails() {
        return agencies.findActiveWithDetails();
    }

    public Page<Agency> search(String query, Pageable pageable) {
        return agencies.search(blankToNull(query), pageable);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency create(AgencyForm form) {
        if (agencies.findByCode(form.code()).isPresent()) {
            throw BusinessRuleException.onField("code", "admin.agency.error.codeTaken", form.code());
        }
        checkJurisdiction(form);
        Agency agency = new Agency(form.code().strip());
        agency.apply(form);
        agencies.save(agency);
        audit.record(AuditRecord.of(DirectoryAuditAction.AGENCY_CREATED, "AGENCY", agency.getCode(), describe(agency)));
        return agency;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency update(long id, AgencyForm form) {
        Agency agency = agency(id);
        audit.requireVersion(form.version(), agency.getVersion(), "AGENCY", agency.getCode(), CHANGES);
        checkJurisdiction(form);
        String before = describe(agency);
        agency.apply(form);
        labels.clearAfterCommit();
        audit.record(AuditRecord.of(DirectoryAuditAction.AGENCY_UPDATED,
                "AGENCY", agency.getCode(), before + " -> " + describe(agency)));
        return agency;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(long id, boolean active) {
        Agency agency = agency(id);
        if (agency.isActive() == active) {
            return;
        }
        if (!active) {
            deactivationChecks.forEach(check -> check.beforeDeactivating(agency));
        }
        agency.setActive(active);
        audit.record(AuditRecord.of(active ? DirectoryAuditAction.AGENCY_REACTIVATED : DirectoryAuditAction.AGENCY_DEACTIVATED,
                "AGENCY", agency.getCode(), null));
    }

    private void checkJurisdiction(AgencyForm form) {
        if (form.jurisdictionLevel() == JurisdictionLevel.NATIONAL) {
            return;
        }
        if (form.provinceCode() == null || form.provinceCode().isBlank()) {
            throw BusinessRuleException.onField("provinceCode", "admin.agency.error.provinceRequired");
        }
        if (geography.provinces().stream().noneMatch(province -> province.getCode().equals(form.provinceCode()))) {
            throw BusinessRuleException.onField("provinceCode", "admin.agency.error.unknownProvince", form.provinceCode());
        }
        if (form.jurisdictionLevel() == JurisdictionLevel.DISTRICTS) {
            if (form.districtCodes().isEmpty()) {
                throw BusinessRuleException.onField("districtCodes", "admin.agency.error.districtsRequired");
            }
            for (String code : form.districtCodes()) {
                District district = geography.findDistrict(code)
                        .orElseThrow(() -> BusinessRuleException.onField("districtCodes", "admin.agency.error.unknownDistrict",
                                code));
                if (!district.getProvinceCode().equals(form.provinceCode())) {
                    throw BusinessRuleException.onField("districtCodes", "admin.agency.error.districtOutsideProvince",
                            district.getNameEn());
                }
            }
        }
    }

    private static String describe(Agency agency) {
        return "%s [%s, %s %s %s, services %s]".formatted(agency.getName(), agency.getType(), agency.getJurisdictionLevel(),
                agency.getProvinceCode() == null ? "" : agency.getProvinceCode(), agency.getDistrictCodes(), agency.getServices());
    }
}
