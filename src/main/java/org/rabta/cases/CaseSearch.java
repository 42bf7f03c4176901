package org.rabta.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.cases.CaseFilter.CaseSort;
import org.rabta.cases.CaseFilter.SortDirection;
import org.rabta.shared.Childhood;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list's query, written in SQL so that each filter uses its index (see V10) and the fuzzy name search
 * uses pg_trgm. Answers the ids of one page (plus one row to know whether a next page exists) and a count that
 * stops at {@link #COUNT_CAP}: counting every match of a million rows per request is what made large lists slow.
 */
@Component
@RequiredArgsConstructor
class CaseSearch {

    static final int COUNT_CAP = 1000;
    /**
     * A fuzzy name search ranks by similarity; how many more names are somewhat similar matters little, and counting
     * them is what costs (every "Muhammad ..." is similar to "Mohamad Aslam"), so its count stops earlier.
     */
    static final int NAME_COUNT_CAP = 100;

    /** The searched name's key, as the names' keys are made. */
    private static final String NAME_KEY = "rabta_name_key(:name)";
    /**
     * The same key made once per statement (a subquery PostgreSQL runs first): in a generic plan the key is not known
     * when planning, and {@code rabta_name_key(:name)} would be made again for every name the index returns, its
     * twelve regular expressions costing more than the planning saved.
     */
    private static final String NAME_KEY_ONCE = "(select rabta_name_key(:name))";
    /** name_key <->> q (not q <<-> name_key, the same distance): the GiST index orders by it only in this form. */
    private static final String NEAREST = "c.name_key <->> ";
    /**
     * A filtered name search's order: nearest first, then by case id, a total order, so that pages read by different
     * plans (each page is planned for its own limit and offset) or by top-N sorts of different sizes neither overlap
     * nor skip among equally close names. The id is written as a distance ({@code id::float8 <-> 0}, the id itself)
     * so that the GiST index of V96 returns this order as it reads, and stops after the page: ordered by the plain
     * id, PostgreSQL had to read every equally close case of every agency first, 12,700 buffers and 3 s for
     * "Mohamad Aslam" with sex = male at 1,000,000 cases.
     */
    static final String NEAREST_THEN_ID = NEAREST + NAME_KEY + ", c.id::float8 <-> 0::float8";

    private static final Pattern FULL_CASE_NUMBER = Pattern.compile("[A-Za-z]{2}-\\d{4}-\\d{6}");
    private static final Pattern PARTIAL_CASE_NUMBER = Pattern.compile("[A-Za-z]{2}-(\\d{1,4}(-\\d{0,6})?)?");

    private final JdbcClient jdbc;

    record Result(List<Long> ids, boolean hasNext, long count, boolean countCapped) {
    }

    /** What kind of lookup the search box text asks for. */
    enum QueryKind {
        CASE_NUMBER,
        CASE_NUMBER_PREFIX,
        CNIC,
        NAME
    }

    static QueryKind kindOf(String q) {
        if (FULL_CASE_NUMBER.matcher(q).matches()) {
            return QueryKind.CASE_NUMBER;
        }
        if (PARTIAL_CASE_NUMBER.matcher(q).matches()) {
            return QueryKind.CASE_NUMBER_PREFIX;
        }
        if (Identifiers.looksLikeCnic(q)) {
            return QueryKind.CNIC;
        }
        return QueryKind.NAME;
    }

    /**
     * The search box's name search (ranked, no other filter) is planned once per connection, not on every search.
     * With the name as a parameter, PostgreSQL judged the plan for each name cheaper than the generic plan and planned
     * the page and the count anew on every search: 1.3–1.5 ms each at 1,000,000 cases, as much as their execution.
     * Their generic plans read the same GiST indexes the same way, whatever the name, with the name's key made once
     * ({@link #NAME_KEY_ONCE}); bitmap scans stay off (a bitmap scan cannot read nearest first, nor stop at the cap). Both
     * settings are local to the transaction and undone after the search, so that the rest of the page is planned as
     * usual. Other filters or another order keep plans made for their values.
     */
    private static final String GENERIC_NAME_PLANS = "set local plan_cache_mode = force_generic_plan; "
            + "set local enable_bitmapscan = off";
    private static final String USUAL_PLANS = "reset plan_cache_mode; reset enable_bitmapscan";

    @Transactional(readOnly = true) // the name search's planner settings are local to the transaction
    Result search(long agencyId, CaseFilter filter) {
        Query query = where(agencyId, filter);
        CaseSort sort = sortOf(filter, query.nameSearch());
        if (!(query.nameAlone() && sort == CaseSort.RELEVANCE)) {
            return search(query, filter, sort);
        }
        jdbc.sql(GENERIC_NAME_PLANS).update();
        Result result = searchBoxName(agencyId, filter);
        jdbc.sql(USUAL_PLANS).update();
        return result;
    }

    private Result search(Query query, CaseFilter filter, CaseSort sort) {
        String paging = paging(filter);
        List<Long> ids;
        if (sort == CaseSort.RELEVANCE) {
            ids = nearestFirst(filter, jdbc.sql("select c.id, " + NEAREST + NAME_KEY + " as distance, c.identified_on"
                    + " from victim_case c where " + query.where() + " order by " + orderBy(filter, sort) + paging)
                    .params(query.params()));
        } else {
            ids = jdbc.sql("select c.id from victim_case c where " + query.where() + " order by " + orderBy(filter, sort) + paging)
                    .params(query.params()).query(Long.class).list();
        }
        return query.nameSearch() ? page(ids, filter, NAME_COUNT_CAP, () -> nameCount(query))
                : page(ids, filter, COUNT_CAP, () -> count(query, COUNT_CAP));
    }

    private static String paging(CaseFilter filter) {
        return " limit " + (filter.size() + 1) + " offset " + ((long) filter.page() * filter.size());
    }

    /**
     * The page of the ids read (one more than the page, to know whether a next page exists) and how many match: the
     * page's own size when it is the first and the last, otherwise counted up to the cap.
     */
    private static Result page(List<Long> ids, CaseFilter filter, int cap, LongSupplier count) {
        boolean hasNext = ids.size() > filter.size();
        List<Long> page = hasNext ? ids.subList(0, filter.size()) : ids;
        if (filter.page() == 0 && !hasNext) {
            return new Result(page, false, page.size(), false);
        }
        long counted = count.getAsLong();
        return new Result(page, hasNext, Math.min(counted, cap), counted > cap);
    }

    /**
     * The search box's name search: the page from the GiST index on the agency's cases, nearest first, and the count
     * from the agency's distinct name keys (V95). The page is ordered by the distance alone. A second key (the case
     * id) would make PostgreSQL read every equally close case before the page could start: for "Mohamad Aslam" at
     * 1,000,000 cases, 263 cases at distance 0, 12,661 buffers instead of 146–215. It is not needed here, as it is with
     * other filters: every page of this search is read by one generic plan, the same index scan at any offset, with no
     * sort, and the index returns equally close names in the same order on every read while it is unchanged; each page
     * is then shown newest first among its equally close names. The count adds the keys' counts (each key has at least
     * one case, so the first NAME_COUNT_CAP + 1 keys hold more than the cap, or every match) instead of visiting each
     * case. The keys are those of the agency whose cases the user may list ({@link CaseAccessPolicy#LISTABLE_SQL}).
     */
    private Result searchBoxName(long agencyId, CaseFilter filter) {
        Map<String, Object> params = Map.of("agencyId", agencyId, "name", filter.q());
        String nearest = NEAREST + NAME_KEY_ONCE;
        List<Long> ids = nearestFirst(filter, jdbc.sql("select c.id, " + nearest + " as distance, c.identified_on"
                + " from victim_case c where " + CaseAccessPolicy.LISTABLE_SQL + " and " + NAME_KEY_ONCE + " <% c.name_key"
                + " order by " + nearest + paging(filter)).params(params));
        return page(ids, filter, NAME_COUNT_CAP, () -> jdbc.sql("select coalesce(sum(k.cases), 0) from (select k.cases"
                + " from victim_case_name_key k where k.owning_agency_id = :agencyId and " + NAME_KEY_ONCE + " <% k.name_key"
                + " limit " + (NAME_COUNT_CAP + 1) + ") k").params(params).query(Long.class).single());
    }

    /**
     * The ids read nearest first (the page and one more, to know whether a next page exists), the page's shown newest
     * first among its equally close names.
     */
    private static List<Long> nearestFirst(CaseFilter filter, JdbcClient.StatementSpec statement) {
        List<NameMatch> matches = statement
                .query((row, n) -> new NameMatch(row.getLong(1), row.getDouble(2), row.getObject(3, LocalDate.class)))
                .list();
        List<Long> ids = new ArrayList<>(matches.stream().limit(filter.size()).sorted(NameMatch.CLOSEST_THEN_NEWEST)
                .map(NameMatch::id).toList());
        if (matches.size() > filter.size()) {
            ids.add(matches.getLast().id());
        }
        return ids;
    }

    private record NameMatch(long id, double distance, LocalDate identifiedOn) {
        static final Comparator<NameMatch> CLOSEST_THEN_NEWEST = Comparator.comparingDouble(NameMatch::distance)
                .thenComparing(NameMatch::identifiedOn, Comparator.reverseOrder())
                .thenComparing(NameMatch::id, Comparator.reverseOrder());
    }

    /**
     * The planner underestimates how many of an agency's names are similar to a common one and would count them with
     * a bitmap scan of the GiST index, which must visit every similar name before the cap applies (4,311 buffers for
     * "Fatma Bibi", 755 matches); a plain index scan stops at the cap (884 buffers). Local to the transaction.
     */
    private long nameCount(Query query) {
        jdbc.sql("set local enable_bitmapscan = off").update();
        long count = count(query, NAME_COUNT_CAP);
        jdbc.sql("reset enable_bitmapscan").update();
        return count;
    }

    private long count(Query query, int cap) {
        return jdbc.sql("select count(*) from (select 1 from victim_case c where " + query.where() + " limit " + (cap + 1)
                + ") capped").params(query.params()).query(Long.class).single();
    }

    /** The list's condition without paging or sort, for an export of every matching case. */
    ReadableCases readable(long agencyId, CaseFilter filter) {
        Query query = where(agencyId, filter);
        return new ReadableCases(query.where(), query.params());
    }

    /** {@code nameAlone}: a name search with none of the list's filters, as the search box sends it. */
    private record Query(String where, Map<String, Object> params, boolean nameSearch, boolean nameAlone) {
    }

    private static Query where(long agencyId, CaseFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("agencyId", agencyId);
        conditions.add(CaseAccessPolicy.LISTABLE_SQL);
        boolean nameSearch = false;
        if (filter.q() != null) {
            String q = filter.q();
            switch (kindOf(q)) {
                case CASE_NUMBER -> {
                    conditions.add("c.case_number = :caseNumber");
                    params.put("caseNumber", q.toUpperCase(Locale.ROOT));
                }
                case CASE_NUMBER_PREFIX -> {
                    conditions.add("c.case_number like :caseNumberPrefix");
                    params.put("caseNumberPrefix", q.toUpperCase(Locale.ROOT) + "%");
                }
                case CNIC -> {
                    conditions.add("c.cnic = :cnic");
                    params.put("cnic", Identifiers.normaliseCnic(q).orElseThrow());
                }
                case NAME -> {
                    conditions.add(NAME_KEY + " <% c.name_key");
                    params.put("name", q);
                    nameSearch = true;
                }
            }
        }
        List<String> filters = new ArrayList<>();
        add(filters, params, "status", filter.status(), "c.status = :status", Enum::name);
        add(filters, params, "district", filter.district(), "c.district_code = :district", Function.identity());
        add(filters, params, "province", filter.province(), "c.province_code = :province", Function.identity());
        add(filters, params, "sex", filter.sex(), "c.sex = :sex", Enum::name);
        if (filter.age() != null) {
            filters.add(switch (filter.age()) {
                case CHILD -> "c.age_years < " + Childhood.ADULT_AGE;
                case ADULT -> "c.age_years >= " + Childhood.ADULT_AGE;
                case UNKNOWN -> "c.age_years is null";
            });
        }
        add(filters, params, "exploitation", filter.exploitation(),
                "c.exploitation_types @> array[cast(:exploitation as varchar)]", Enum::name);
        add(filters, params, "fromDate", filter.from(), "c.identified_on >= :fromDate", Function.identity());
        add(filters, params, "toDate", filter.to(), "c.identified_on <= :toDate", Function.identity());
        add(filters, params, "caseworker", filter.caseworker(), "c.caseworker_id = :caseworker", Function.identity());
        add(filters, params, "determination", filter.determination(), "c.confirmed_determination = :determination",
                Function.identity());
        conditions.addAll(filters);
        return new Query(String.join(" and ", conditions), params, nameSearch, nameSearch && filters.isEmpty());
    }

    private static <T> void add(List<String> conditions, Map<String, Object> params, String name, T value, String condition,
                                Function<T, Object> toParam) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, toParam.apply(value));
        }
    }

    private static CaseSort sortOf(CaseFilter filter, boolean nameSearch) {
        CaseSort sort = filter.sort() != null ? filter.sort() : nameSearch ? CaseSort.RELEVANCE : CaseSort.IDENTIFIED;
        return sort == CaseSort.RELEVANCE && !nameSearch ? CaseSort.IDENTIFIED : sort;
    }

    private static String orderBy(CaseFilter filter, CaseSort sort) {
        boolean ascending = filter.dir() != null
                ? filter.dir() == SortDirection.ASC
                : sort == CaseSort.NUMBER || sort == CaseSort.NAME;
        String dir = ascending ? " asc" : " desc";
        return switch (sort) {
            case RELEVANCE -> NEAREST_THEN_ID;
            case IDENTIFIED -> "c.identified_on" + dir + ", c.id" + dir;
            case NUMBER -> "c.case_number" + dir;
            case NAME -> "c.last_name" + dir + " nulls last, c.first_name" + dir + " nulls last, c.id" + dir;
        };
    }

    static String describe(CaseFilter filter) {
        return filter.toString().lines().collect(Collectors.joining());
    }
}
