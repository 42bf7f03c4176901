package org.rabta.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Locale;

/** A district. Admins add new ones (Pakistan creates districts often), rename them and retire them. */
@Entity
@Table(name = "district")
public class District {

    @Id
    private String code;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ur", nullable = false)
    private String nameUr;

    private BigDecimal latitude;

    private BigDecimal longitude;

    private boolean active = true;

    @Version
    private long version;

    protected District() {
    }

    District(String code, String provinceCode, String nameEn, String nameUr, BigDecimal latitude, BigDecimal longitude) {
        this.code = code;
        this.provinceCode = provinceCode;
        this.nameEn = nameEn;
        this.nameUr = nameUr;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    void rename(String nameEn, String nameUr) {
        this.nameEn = nameEn;
        this.nameUr = nameUr;
    }

    void relocate(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameUr() {
        return nameUr;
    }

    public String name(Locale locale) {
        return "ur".equals(locale.getLanguage()) ? nameUr : nameEn;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
