package org.rabta.cases;

import static org.rabta.shared.Text.codeOrNull;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.rabta.audit.BulkRead;
import org.rabta.web.ListParameters;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The case list's filters, sort and page, as query parameters (so a search can be bookmarked) for the
 * screen and the API alike. Unknown or blank values mean "no filter".
 */
public record CaseFilter(
        String q,
        CaseStatus status,
        String district,
        String province,
        Sex sex,
        AgeGroup age,
        ExploitationType exploitation,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Long caseworker,
        String determination,
        CaseSort sort,
        SortDirection dir,
        Integer page,
        Integer size) {

    public static final int DEFAULT_SIZE = ListParameters.DEFAULT_SIZE;
    public static final int MAX_SIZE = ListParameters.MAX_SIZE;

    /** The shape of an outcome name (the screening feature owns the names; the list only passes them on). */
    private static final Pattern DETERMINATION = Pattern.compile("[A-Z_]{1,30}");

    public CaseFilter {
        q = ListParameters.query(q);
        district = codeOrNull(district);
        province = codeOrNull(province);
        determination = codeOrNull(determination);
        if (determination != null && !DETERMINATION.matcher(determination).matches()) {
            determination = null;
        }
        page = ListParameters.page(page);
        size = ListParameters.size(size);
    }

    public static CaseFilter empty() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public CaseFilter withQuery(String query) {
        return new CaseFilter(query, status, district, province, sex, age, exploitation, from, to, caseworker, determination, sort, dir,
                page, size);
    }

    public CaseFilter withPage(int newPage) {
        return new CaseFilter(q, status, district, province, sex, age, exploitation, from, to, caseworker, determination, sort, dir,
                newPage, size);
    }

    /**
     * What this filter asks, as the audit trail records a list's or an export's terms: the parameters that are set,
     * by their query-parameter names, e.g. {@code q=35202-1234567-1, status=ACTIVE, page=2, size=100}.
     */
    public String terms() {
        return BulkRead.termsOf(this);
    }

    public enum AgeGroup {
        CHILD,
        ADULT,
        UNKNOWN
    }

    public enum CaseSort {
        RELEVANCE,
        IDENTIFIED,
        NUMBER,
        NAME
    }

    public enum SortDirection {
        ASC,
        DESC
    }
}
