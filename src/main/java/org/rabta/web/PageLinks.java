package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a paginated list: previous, next and the position, built from the current URL so every
 * filter stays in the link. Deliberately no row of numbered links: rendering hundreds of them per
 * request is what made large lists slow. {@code totalPages} is null for a {@link Slice}, whose total
 * is not counted.
 */
public record PageLinks(String previous, String next, int pageNumber, Integer totalPages) {

    public static PageLinks of(HttpServletRequest request, Slice<?> slice) {
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String previous = slice.hasPrevious() ? withPage(page, slice.getNumber() - 1) : null;
        String next = slice.hasNext() ? withPage(page, slice.getNumber() + 1) : null;
        Integer total = slice instanceof Page<?> counted ? counted.getTotalPages() : null;
        return new PageLinks(previous, next, slice.getNumber() + 1, total);
    }

    private static String withPage(String url, int page) {
        return UriComponentsBuilder.fromUriString(url).replaceQueryParam("page", page).build().toUriString();
    }
}
