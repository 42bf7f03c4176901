package org.rabta.reporting;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rabta.directory.AgencyType;

/**
 * What a statistic counts: a reach (whose cases), a period of whole months and the optional filters, as SQL
 * conditions on {@code case_statistics s} (joined to the identifying agency {@code a} when filtering by its type).
 *
 * @param from first month counted
 * @param to   last month counted (inclusive)
 */
record StatisticsScope(Reach reach, YearMonth from, YearMonth to, String province, String district, AgencyType agencyType,
                       String description) {

    /**
     * Whether the referral figures need their detail tables (an agency's cases, a district): their rollups by
     * province and agency type answer everything else.
     */
    boolean needsDetail() {
        return reach.kind() == Reach.Kind.AGENCY || casesNeedDetail();
    }

    /**
     * Whether the counts of persons need case_statistics itself (a district): its rollups by owning agency (an
     * agency's reach) or by province (the country, provinces) answer everything else.
     */
    boolean casesNeedDetail() {
        return district != null || (reach.kind() == Reach.Kind.JURISDICTION && !reach.districtCodes().isEmpty());
    }

    /** The rollup of case_statistics holding one breakdown (sex_age, exploitation, district, determination). */
    String caseRollup(String breakdown) {
        if (casesNeedDetail()) {
            throw new IllegalStateException("The rollups cannot answer " + this);
        }
        return (reach.kind() == Reach.Kind.AGENCY ? "case_statistics_agency_" : "case_statistics_") + breakdown;
    }

    /** The conditions on a case rollup {@code r} of {@link #caseRollup}. */
    String caseRollupWhere(Map<String, Object> params) {
        if (casesNeedDetail()) {
            throw new IllegalStateException("The rollups cannot answer " + this);
        }
        return rollupConditions(params);
    }

    /** The conditions on a rollup table {@code r} (which has no agency or, except the district one, district). */
    String rollupWhere(Map<String, Object> params) {
        if (needsDetail()) {
            throw new IllegalStateException("The rollups cannot answer " + this);
        }
        return rollupConditions(params);
    }

    private String rollupConditions(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("r.month >= :fromMonth and r.month <= :toMonth");
        params.put("fromMonth", Date.valueOf(from.atDay(1)));
        params.put("toMonth", Date.valueOf(to.atDay(1)));
        if (reach.kind() == Reach.Kind.AGENCY) {
            conditions.add("r.owning_agency_id = :reachAgency");
            params.put("reachAgency", reach.agencyId());
        }
        if (reach.kind() == Reach.Kind.JURISDICTION) {
            conditions.add(reach.provinceCodes().isEmpty() ? "false" : "r.province_code in (:reachProvinces)");
            params.put("reachProvinces", reach.provinceCodes());
        }
        if (province != null) {
            conditions.add("r.province_code = :province");
            params.put("province", province);
        }
        if (agencyType != null) {
            conditions.add("r.agency_type = :agencyType");
            params.put("agencyType", agencyType.name());
        }
        return String.join(" and ", conditions);
    }

    /** The conditions, filling {@code params} with their values. */
    String where(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("s.month >= :fromMonth and s.month <= :toMonth");
        params.put("fromMonth", Date.valueOf(from.atDay(1)));
        params.put("toMonth", Date.valueOf(to.atDay(1)));
        conditions.add(area("s.owning_agency_id", "s.province_code", "s.district_code", params));
        return String.join(" and ", conditions);
    }

    /**
     * The reach and the province, district and agency type filters, on the columns that hold a record's agency,
     * province and district (a case's owning agency; an investigation's registering agency and the district of its
     * FIR), with that agency joined as {@code a}.
     */
    String area(String agencyColumn, String provinceColumn, String districtColumn, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        switch (reach.kind()) {
            case COUNTRY -> conditions.add("true");
            case AGENCY -> {
                conditions.add(agencyColumn + " = :reachAgency");
                params.put("reachAgency", reach.agencyId());
            }
            case JURISDICTION -> {
                List<String> areas = new ArrayList<>();
                if (!reach.provinceCodes().isEmpty()) {
                    areas.add(provinceColumn + " in (:reachProvinces)");
                    params.put("reachProvinces", reach.provinceCodes());
                }
                if (!reach.districtCodes().isEmpty()) {
                    areas.add(districtColumn + " in (:reachDistricts)");
                    params.put("reachDistricts", reach.districtCodes());
                }
                conditions.add(areas.isEmpty() ? "false" : "(" + String.join(" or ", areas) + ")");
            }
        }
        if (province != null) {
            conditions.add(provinceColumn + " = :province");
            params.put("province", province);
        }
        if (district != null) {
            conditions.add(districtColumn + " = :district");
            params.put("district", district);
        }
        if (agencyType != null) {
            conditions.add("a.type = :agencyType");
            params.put("agencyType", agencyType.name());
        }
        return String.join(" and ", conditions);
    }
}
