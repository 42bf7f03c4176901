package org.rabta.reporting;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a row of each case export holds, read from a row of its query ({@link CaseExports}): the case list in Rabta's
 * own names, the cases in HTCDS and their perpetrators. Each row follows its header, column by column.
 */
final class ExportRows {

    /** The case list's header; its rows follow it. */
    static final List<Object> CASE_LIST_HEADER = List.of("case_number", "status", "identified_on", "province", "district",
            "how_identified", "sex", "age_at_identification", "nationality", "exploitation_types", "caseworker",
            "first_name", "last_name");

    private ExportRows() {
    }

    static List<Object> caseList(ResultSet rs) throws SQLException {
        List<Object> row = new ArrayList<>(CASE_LIST_HEADER.size());
        row.add(rs.getString("case_number"));
        row.add(rs.getString("status"));
        row.add(isoDate(rs, "identified_on"));
        row.add(rs.getString("province_code"));
        row.add(rs.getString("district_code"));
        row.add(rs.getString("how_identified"));
        row.add(rs.getString("sex"));
        row.add(age(rs));
        row.add(rs.getString("nationality"));
        row.add(String.join(";", array(rs, "exploitation_types")));
        row.add(rs.getString("caseworker_name"));
        row.add(rs.getString("first_name"));
        row.add(rs.getString("last_name"));
        return row;
    }

    /** A case in the columns of {@link Htcds#header}; the direct identifiers last, when asked for. */
    static List<Object> htcds(ResultSet rs, boolean withIdentifiers) throws SQLException {
        List<Object> row = new ArrayList<>();
        String[] types = array(rs, "exploitation_types");
        row.add(rs.getString("case_number"));
        row.add(Htcds.caseStatus(rs.getString("status")));
        row.add(Htcds.gender(rs.getString("sex")));
        row.add(rs.getString("nationality"));
        row.add(Htcds.typeOfExploitation(types));
        row.add(Htcds.typeOfLabourExploitation(types));
        row.add(Htcds.methodsOfControl(array(rs, "control_methods")));
        row.add(Htcds.methodOfRecruitment(array(rs, "recruitment_methods")));
        row.add(Boolean.toString("GIVEN".equals(rs.getString("consent_data_processing"))));
        row.add(isoDate(rs, "identified_on"));
        row.add(age(rs));
        row.add(rs.getString("province_code"));
        row.add(rs.getString("district_code"));
        row.add(rs.getString("how_identified"));
        row.add(String.join(";", types));
        row.add(rs.getString("origin_country"));
        row.add(rs.getString("destination_country"));
        if (withIdentifiers) {
            row.add(rs.getString("first_name"));
            row.add(rs.getString("last_name"));
            row.add(isoDate(rs, "date_of_birth"));
            row.add(rs.getString("phone"));
            row.add(rs.getString("address"));
            row.add(rs.getString("father_or_husband_name"));
            row.add(rs.getString("aliases"));
            row.add(rs.getString("cnic"));
            row.add(rs.getString("passport_number"));
        }
        return row;
    }

    /** An accused of a case in the columns of {@link Htcds#perpetratorHeader}; the direct identifiers last, when asked for. */
    static List<Object> htcdsPerpetrator(ResultSet rs, boolean withIdentifiers) throws SQLException {
        List<Object> row = new ArrayList<>();
        row.add(rs.getString("case_number"));
        row.add(Htcds.roleInProcess(rs.getString("role")));
        row.add(Htcds.gender(rs.getString("sex")));
        row.add(rs.getString("nationality"));
        row.add(age(rs));
        row.add(rs.getString("role"));
        row.add(rs.getString("fir_number"));
        row.add(isoDate(rs, "registered_on"));
        row.add(String.join(";", array(rs, "offences")));
        row.add(isoDate(rs, "first_arrested_on"));
        row.add(isoDate(rs, "first_charge_sheet_on"));
        row.add(isoDate(rs, "first_verdict_on"));
        row.add(rs.getString("latest_verdict"));
        if (withIdentifiers) {
            row.add(rs.getString("name"));
            row.add(rs.getString("father_name"));
            row.add(rs.getString("cnic"));
            row.add(rs.getString("passport_number"));
        }
        return row;
    }

    private static String isoDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate().toString();
    }

    private static Integer age(ResultSet rs) throws SQLException {
        int age = rs.getInt("age_years");
        return rs.wasNull() ? null : age;
    }

    private static String[] array(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
