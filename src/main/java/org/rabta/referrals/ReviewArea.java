package org.rabta.referrals;

/** Part of a committee's jurisdiction: both null = national; districtCode null = the whole province. */
public record ReviewArea(String provinceCode, String districtCode) {

    public static ReviewArea national() {
        return new ReviewArea(null, null);
    }

    public boolean covers(String caseProvinceCode, String caseDistrictCode) {
        if (provinceCode == null) {
            return true;
        }
        return provinceCode.equals(caseProvinceCode) && (districtCode == null || districtCode.equals(caseDistrictCode));
    }
}
