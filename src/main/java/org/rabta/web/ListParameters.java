package org.rabta.web;

import org.rabta.shared.Text;

/**
 * A list's search text, page and size, within the same bounds on every list of the screens and the API: a page below
 * 0 is the first and one above {@value #MAX_PAGE} is page {@value #MAX_PAGE}; no size is {@value #DEFAULT_SIZE}, and a
 * size below 1 or above {@value #MAX_SIZE} is {@value #DEFAULT_SIZE} or {@value #MAX_SIZE}.
 */
public final class ListParameters {

    public static final int MAX_PAGE = 10_000;
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;
    private static final int MAX_QUERY = 100;

    private ListParameters() {
    }

    public static int page(Integer page) {
        return page == null || page < 0 ? 0 : Math.min(page, MAX_PAGE);
    }

    public static int size(Integer size) {
        return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** The search text: none when blank, its first {@value #MAX_QUERY} characters when longer. */
    public static String query(String q) {
        String query = Text.blankToNull(q);
        return query != null && query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }
}
