package org.rabta.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new committee: its level and jurisdiction (a province code for a provincial committee, a district code for
 * a district one) and its names. The parent follows from the jurisdiction; a given parentId must agree with it.
 */
public record CommitteeForm(
        @NotNull CommitteeLevel level,
        String provinceCode,
        String districtCode,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameUr,
        Long parentId) {

    public static CommitteeForm empty() {
        return new CommitteeForm(CommitteeLevel.DISTRICT, null, null, "", "", null);
    }
}
