package org.rabta.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/** A province or territory. Fixed reference data: the seven units are set by the constitution. */
@Entity
@Immutable
@Table(name = "province")
public class Province {

    @Id
    private String code;

    @Column(name = "case_prefix", nullable = false)
    private String casePrefix;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ur", nullable = false)
    private String nameUr;

    private BigDecimal latitude;

    private BigDecimal longitude;

    protected Province() {
    }

    public String getCode() {
        return code;
    }

    /** Two letters that start every case number registered in this province, e.g. PB. */
    public String getCasePrefix() {
        return casePrefix;
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
}
