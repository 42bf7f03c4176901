package org.rabta.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.rabta.web.SupportedLocales;

/** What a province and a district both are: a code, a name in English and in Urdu, and where it lies on the map. */
@MappedSuperclass
public abstract class Place {

    @Id
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ur", nullable = false)
    private String nameUr;

    private BigDecimal latitude;

    private BigDecimal longitude;

    protected Place() {
    }

    Place(String code, String nameEn, String nameUr, BigDecimal latitude, BigDecimal longitude) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameUr = nameUr;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Districts only: provinces are fixed. */
    void rename(String nameEn, String nameUr) {
        this.nameEn = nameEn;
        this.nameUr = nameUr;
    }

    /** Districts only: provinces are fixed. */
    void relocate(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameUr() {
        return nameUr;
    }

    public String name(Locale locale) {
        return SupportedLocales.name(locale, nameEn, nameUr);
    }

    /**
     * The name, in the reader's language, of the place of {@code places} with this code; the code itself where none
     * has it. For lists already read (a page names places while it renders, after its transaction).
     */
    public static String nameIn(List<? extends Place> places, String code, Locale locale) {
        return places.stream().filter(place -> place.getCode().equals(code)).findFirst()
                .map(place -> place.name(locale)).orElse(code);
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }
}
