package org.rabta.geography;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What an admin enters to add or change a district. Coordinates are optional and inside Pakistan's box. The code's
 * format lets the empty text pass, which {@code @NotBlank} refuses, so that an empty code is told once that it is
 * required.
 */
public record DistrictForm(
        @NotBlank @Pattern(regexp = "|PK[1-7][0-9]{2,3}", message = "{admin.district.error.codeFormat}") String code,
        @NotBlank String provinceCode,
        @NotBlank @Size(max = 100) String nameEn,
        @NotBlank @Size(max = 100) String nameUr,
        @DecimalMin("23.0") @DecimalMax("37.5") BigDecimal latitude,
        @DecimalMin("60.5") @DecimalMax("78.0") BigDecimal longitude,
        boolean active,
        Long version) {

    public static DistrictForm of(District district) {
        return new DistrictForm(district.getCode(), district.getProvinceCode(), district.getNameEn(), district.getNameUr(),
                district.getLatitude(), district.getLongitude(), district.isActive(), district.getVersion());
    }

    /** This input on the district as it is now: its code and province, which cannot change, and its current version. */
    DistrictForm onCurrent(District current) {
        return new DistrictForm(current.getCode(), current.getProvinceCode(), nameEn, nameUr, latitude, longitude, active,
                current.getVersion());
    }

    public static DistrictForm empty() {
        return new DistrictForm("", "", "", "", null, null, true, null);
    }
}
