package org.rabta.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.rabta.web.SupportedLocales;

/** A coordination committee: its level, its jurisdiction (the country, a province or a district) and its parent. */
@Entity
@Table(name = "committee")
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitteeLevel level;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ur", nullable = false)
    private String nameUr;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitteeStatus status = CommitteeStatus.ACTIVE;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Committee() {
    }

    Committee(CommitteeLevel level, String provinceCode, String districtCode, String nameEn, String nameUr, Long parentId,
              Instant createdAt) {
        this.level = level;
        this.provinceCode = provinceCode;
        this.districtCode = districtCode;
        this.nameEn = nameEn;
        this.nameUr = nameUr;
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    void setStatus(CommitteeStatus status) {
        this.status = status;
    }

    /** Whether a case or referral registered in this district falls under this committee. */
    public boolean covers(String caseProvinceCode, String caseDistrictCode) {
        return switch (level) {
            case NATIONAL -> true;
            case PROVINCIAL -> provinceCode.equals(caseProvinceCode);
            case DISTRICT -> districtCode.equals(caseDistrictCode);
        };
    }

    public String name(Locale locale) {
        return SupportedLocales.name(locale, nameEn, nameUr);
    }

    public boolean isActive() {
        return status == CommitteeStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public CommitteeLevel getLevel() {
        return level;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameUr() {
        return nameUr;
    }

    public Long getParentId() {
        return parentId;
    }

    public CommitteeStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
