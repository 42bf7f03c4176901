package org.rabta.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work lists of the signed-in user, read in one transaction for the whole page (the lists' queries join it
 * rather than opening one each), with the audit of the cases they name.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class WorkLists {

    /** Items of each list on the home page; the rest are on the list's own page. */
    static final int HOME_ITEMS = 5;

    static final int PAGE_SIZE = 25;

    private final List<WorkList> lists;
    private final AuditTrail audit;
    private final JdbcOperations jdbc;

    /** A list as a page shows it: its name, some items, how many in all, and which page of them. */
    public record Shown(String name, List<WorkItem> items, int total, int page, int pageSize) {

        public boolean more() {
            return (long) (page + 1) * pageSize < total;
        }

        /** Whether counting stopped at {@link WorkItems#CAP}: the list holds at least that many, perhaps more. */
        public boolean capped() {
            return total >= WorkItems.CAP;
        }
    }

    /** The home page: the first items of every list that has any for this user, in the lists' order. */
    public List<Shown> home(Authentication authentication) {
        Map<WorkList, WorkItems> found = findAll(authentication, HOME_ITEMS);
        List<Shown> shown = found.entrySet().stream()
                .map(list -> shown(list.getKey(), list.getValue(), 0, HOME_ITEMS))
                .filter(list -> list.total() > 0)
                .toList();
        return audited(shown, "home");
    }

    /** How many items wait for the user in all: the sum of the lists' counts, as the home page shows them. */
    @Transactional(readOnly = true)
    public int count(Authentication authentication) {
        return findAll(authentication, 0).values().stream().mapToInt(WorkItems::total).sum();
    }

    /**
     * One list, a page at a time; empty when there is no such list. A list holds at most {@link WorkItems#CAP} items,
     * so a page beyond them is the page after the last (empty), never an offset that overflows.
     */
    public Optional<Shown> page(Authentication authentication, String name, int page) {
        int from = Math.clamp(page, 0, WorkItems.CAP / PAGE_SIZE);
        return lists.stream().filter(list -> list.name().equals(name)).findFirst()
                .map(list -> shown(list, list.find(authentication, from * PAGE_SIZE, PAGE_SIZE), from, PAGE_SIZE))
                .map(list -> audited(List.of(list), name + ", page=" + from).getFirst());
    }

    /** The lists name cases (by number, in their links): a read of those cases, recorded as a list's read is. */
    private List<Shown> audited(List<Shown> shown, String terms) {
        List<String> caseNumbers = shown.stream().flatMap(list -> list.items().stream()).map(WorkItem::caseNumber)
                .filter(Objects::nonNull).distinct().toList();
        if (!caseNumbers.isEmpty()) {
            audit.recordRead(BulkRead.of(WebAuditAction.WORK_LISTS_VIEWED, null, terms), caseNumbers);
        }
        return shown;
    }

    /**
     * The first {@code limit} items of every list (none: the counts alone), in the lists' order; the lists written as
     * SQL are read together, in one round trip.
     */
    private Map<WorkList, WorkItems> findAll(Authentication authentication, int limit) {
        Map<WorkList, WorkListQuery> queries = new LinkedHashMap<>();
        for (WorkList list : lists) {
            if (list instanceof SqlWorkList sql && sql.queries().apply(authentication) instanceof WorkListQuery query) {
                queries.put(list, query);
            }
        }
        // In the lists' order, as the queries are: each list with a query takes the next result.
        Iterator<WorkItems> read = WorkListQuery.runAll(jdbc, List.copyOf(queries.values()), 0, limit).iterator();
        Map<WorkList, WorkItems> found = new LinkedHashMap<>();
        for (WorkList list : lists) {
            found.put(list, queries.containsKey(list) ? read.next()
                    : list instanceof SqlWorkList ? WorkItems.NONE : list.find(authentication, 0, limit));
        }
        return found;
    }

    private static Shown shown(WorkList list, WorkItems found, int page, int pageSize) {
        return new Shown(list.name(), found.items(), found.total(), page, pageSize);
    }
}
