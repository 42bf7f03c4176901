package org.rabta.web;

import java.util.List;

/** Some items of a {@link WorkList} and how many it has in all, counted up to {@link #CAP}. */
public record WorkItems(List<WorkItem> items, int total) {

    /** Counting stops here: a list this long is read page by page, and a count beyond it would cost a scan. */
    public static final int CAP = 1000;

    /** The list is not for this user. */
    public static final WorkItems NONE = new WorkItems(List.of(), 0);

    public WorkItems {
        items = List.copyOf(items);
    }
}
