package org.rabta.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A district. Admins add new ones (Pakistan creates districts often), rename them and retire them. */
@Entity
@Table(name = "district")
public class District extends Place {

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    private boolean active = true;

    @Version
    private long version;

    protected District() {
    }

    District(String code, String provinceCode, String nameEn, String nameUr, BigDecimal latitude, BigDecimal longitude) {
        super(code, nameEn, nameUr, latitude, longitude);
        this.provinceCode = provinceCode;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
