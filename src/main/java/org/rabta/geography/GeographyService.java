package org.rabta.geography;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.infrastructure.ExpiringValue;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provinces and districts: read by every feature, maintained by admins. The lists are kept in memory for a minute
 * (every case list and form shows all 160 districts): an admin's change clears them on this instance when it commits,
 * and other instances of Rabta see it within the minute. The lists hold detached, shared entities: read them only;
 * changes go through {@link #updateDistrict}, which reads its district afresh.
 */
@Service
@Transactional(readOnly = true)
public class GeographyService {

    private static final Duration REFERENCE_DATA_TTL = Duration.ofMinutes(1);
    private static final String ALL = "all";

    private final ProvinceRepository provinces;
    private final DistrictRepository districts;
    private final AuditTrail audit;
    private final ExpiringValue<String, List<Province>> provinceList;
    private final ExpiringValue<String, List<District>> districtList;

    GeographyService(ProvinceRepository provinces, DistrictRepository districts, AuditTrail audit) {
        this.provinces = provinces;
        this.districts = districts;
        this.audit = audit;
        this.provinceList = new ExpiringValue<>(REFERENCE_DATA_TTL, all -> List.copyOf(provinces.findAllByOrderByNameEn()));
        this.districtList = new ExpiringValue<>(REFERENCE_DATA_TTL, all -> List.copyOf(districts.findAllByOrderByNameEn()));
    }

    public List<Province> provinces() {
        return provinceList.get(ALL);
    }

    /** From the list kept in memory: a page that names a province per row costs no query per row. */
    public Province province(String code) {
        return provinces().stream().filter(province -> province.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Province", code));
    }

    public List<District> districts() {
        return districtList.get(ALL);
    }

    public List<District> activeDistricts() {
        return districts().stream().filter(District::isActive).toList();
    }

    public List<District> districtsOf(String provinceCode) {
        return districts().stream().filter(district -> district.getProvinceCode().equals(provinceCode)).toList();
    }

    /**
     * From the list kept in memory (at most a minute old): for names and checks, which pages make once per row (a
     * district's name on every referral of a queue, every committee's jurisdiction).
     */
    public Optional<District> findDistrict(String code) {
        return code == null ? Optional.empty()
                : districts().stream().filter(district -> district.getCode().equals(code)).findFirst();
    }

    /** Read afresh from the database: the district as an edit starts from it (its current version). */
    public District district(String code) {
        return districts.findById(code).orElseThrow(() -> new RecordNotFoundException("District", code));
    }

    /** The province a district belongs to, e.g. to number a case registered there. */
    public Province provinceOf(String districtCode) {
        return province(district(districtCode).getProvinceCode());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public District addDistrict(DistrictForm form) {
        if (!provinces.existsById(form.provinceCode())) {
            throw BusinessRuleException.onField("provinceCode", "admin.district.error.unknownProvince", form.provinceCode());
        }
        if (districts.existsById(form.code())) {
            throw BusinessRuleException.onField("code", "admin.district.error.codeTaken", form.code());
        }
        if (!form.code().startsWith(form.provinceCode())) {
            throw BusinessRuleException.onField("code", "admin.district.error.codeOutsideProvince", form.code(),
                    form.provinceCode());
        }
        if (districts.existsByProvinceCodeAndNameEnIgnoreCase(form.provinceCode(), form.nameEn())) {
            throw BusinessRuleException.onField("nameEn", "admin.district.error.nameTaken", form.nameEn());
        }
        District district = new District(form.code(), form.provinceCode(), form.nameEn().strip(), form.nameUr().strip(),
                form.latitude(), form.longitude());
        districts.save(district);
        districtList.clearAfterCommit();
        audit.record(AuditRecord.of(GeographyAuditAction.DISTRICT_ADDED,
                "DISTRICT", district.getCode(), district.getNameEn()));
        return district;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public District updateDistrict(String code, DistrictForm form) {
        District district = district(code);
        audit.requireVersion(form.version(), district.getVersion(), "DISTRICT", code,
                List.of(GeographyAuditAction.DISTRICT_ADDED, GeographyAuditAction.DISTRICT_UPDATED));
        if (districts.existsByProvinceCodeAndNameEnIgnoreCaseAndCodeNot(district.getProvinceCode(), form.nameEn(), code)) {
            throw BusinessRuleException.onField("nameEn", "admin.district.error.nameTaken", form.nameEn());
        }
        String before = district.getNameEn() + " / " + district.getNameUr() + (district.isActive() ? "" : " (inactive)");
        district.rename(form.nameEn().strip(), form.nameUr().strip());
        district.relocate(form.latitude(), form.longitude());
        district.setActive(form.active());
        districtList.clearAfterCommit();
        audit.record(AuditRecord.of(GeographyAuditAction.DISTRICT_UPDATED, "DISTRICT", code,
                before + " -> " + district.getNameEn() + " / " + district.getNameUr() + (district.isActive() ? "" : " (inactive)")));
        return district;
    }
}
