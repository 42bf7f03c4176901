package org.rabta.cases;

import jakarta.servlet.http.HttpServletRequest;
import org.rabta.cases.CaseFilter.CaseSort;
import org.rabta.cases.CaseFilter.SortDirection;
import org.springframework.web.util.UriComponentsBuilder;

/** Sort links of the case list's column headers: the current URL with every filter, a new sort and page 0. */
public record SortState(String url, CaseSort current, SortDirection direction) {

    static SortState of(HttpServletRequest request, CaseFilter filter) {
        String url = "/cases" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        CaseSort current = filter.sort() != null ? filter.sort()
                : filter.q() != null && CaseSearch.kindOf(filter.q()) == CaseSearch.QueryKind.NAME ? CaseSort.RELEVANCE : CaseSort.IDENTIFIED;
        SortDirection direction = filter.dir() != null ? filter.dir() : defaultDirection(current);
        return new SortState(url, current, direction);
    }

    public String link(String sort) {
        CaseSort target = CaseSort.valueOf(sort);
        SortDirection dir = target == current
                ? (direction == SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC)
                : defaultDirection(target);
        return UriComponentsBuilder.fromUriString(url)
                .replaceQueryParam("sort", target.name())
                .replaceQueryParam("dir", dir.name())
                .replaceQueryParam("page")
                .build().toUriString();
    }

    /** The aria-sort value of a column header, or null for columns the list is not sorted by. */
    public String ariaSort(String sort) {
        if (CaseSort.valueOf(sort) != current) {
            return null;
        }
        return direction == SortDirection.ASC ? "ascending" : "descending";
    }

    private static SortDirection defaultDirection(CaseSort sort) {
        return sort == CaseSort.NUMBER || sort == CaseSort.NAME ? SortDirection.ASC : SortDirection.DESC;
    }
}
