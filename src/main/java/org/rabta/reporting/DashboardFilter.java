package org.rabta.reporting;

import static org.rabta.shared.Text.blankToNull;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.rabta.directory.AgencyType;
import org.rabta.shared.InvalidInputException;

/**
 * The dashboard's filters as they stand in the URL (so a view can be bookmarked and shared): a period of whole
 * months {@code from=2025-01&to=2025-12}, a province, a district and the type of the identifying agency. Blank
 * means "not filtered"; no period means the twelve months up to the current one.
 */
public record DashboardFilter(String from, String to, String province, String district, String agencyType) {

    public DashboardFilter {
        from = blankToNull(from);
        to = blankToNull(to);
        province = blankToNull(province);
        district = blankToNull(district);
        agencyType = blankToNull(agencyType);
    }

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, null, null);
    }

    YearMonth fromMonth(YearMonth current) {
        return from == null ? toMonth(current).minusMonths(11) : month("from", from);
    }

    YearMonth toMonth(YearMonth current) {
        return to == null ? current : month("to", to);
    }

    AgencyType agencyTypeValue() {
        if (agencyType == null) {
            return null;
        }
        try {
            return AgencyType.valueOf(agencyType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("agencyType", "reporting.error.agencyType");
        }
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "reporting.error.month");
        }
    }
}
