package org.rabta.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rabta.cases.CaseFilter.CaseSort;
import org.rabta.cases.CaseFilter.SortDirection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case list's query, written in SQL so that each filter uses its index (see V10) and the fuzzy name search
 * uses pg_trgm. Answers the ids of one page (plus one row to know whether a next page exists) and a count that
 * stops at {@link #COUNT_CAP}: counting every match of a million rows per request is what made large lists slow.
 */
@Component
class CaseSearch {

    static final int COUNT_CAP = 1000;
    /**
     * A fuzzy name search ranks by similarity; how many more names are somewhat similar matters little, and counting
     * them is what costs (every "Muhammad ..." is similar to "Mohamad Aslam"), so its count stops earlier.
     */
    static final int NAME_COUNT_CAP = 100;

    private static final Pattern FULL_CASE_NUMBER = Pattern.compile("[A-Za-z]{2}-\\d{4}-\\d{6}");
    private static final Pattern PARTIAL_CASE_NUMBER = Pattern.compile("[A-Za-z]{2}-(\\d{1,4}(-\\d{0,6})?)?");

    private final JdbcClient jdbc;

    CaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

    Result search(long agencyId, String extraReadableSql, CaseFilter filter) {
        Query query = where(agencyId, extraReadableSql, filter);
        int size = filter.size();
        String sql = "select c.id from victim_case c where " + query.where() + " order by " + orderBy(filter, query.nameSearch())
                + " limit " + (size + 1) + " offset " + ((long) filter.page() * size);
        List<Long> ids = new ArrayList<>(jdbc.sql(sql).params(query.params()).query(Long.class).list());
        boolean hasNext = ids.size() > size;
        if (hasNext) {
            ids.removeLast();
        }
        long count;
        boolean capped;
        if (filter.page() == 0 && !hasNext) {
            count = ids.size();
            capped = false;
        } else {
            int cap = query.nameSearch() ? NAME_COUNT_CAP : COUNT_CAP;
            count = jdbc.sql("select count(*) from (select 1 from victim_case c where " + query.where() + " limit "
                    + (cap + 1) + ") capped").params(query.params()).query(Long.class).single();
            capped = count > cap;
            count = Math.min(count, cap);
        }
        return new Result(ids, hasNext, count, capped);
    }

    /** The list's condition without paging or sort, for an export of every matching case. */
    ReadableCases readable(long agencyId, String extraReadableSql, CaseFilter filter) {
        Query query = where(agencyId, extraReadableSql, filter);
        return new ReadableCases(query.where(), query.params());
    }

    /** The SQL of the page query with its parameters, for the benchmark's direct-SQL comparison. */
    String pageSql(long agencyId, CaseFilter filter, Map<String, Object> paramsOut) {
        Query query = where(agencyId, null, filter);
        paramsOut.putAll(query.params());
        return "select c.id from victim_case c where " + query.where() + " order by " + orderBy(filter, query.nameSearch())
                + " limit " + (filter.size() + 1) + " offset " + ((long) filter.page() * filter.size());
    }

    private record Query(String where, Map<String, Object> params, boolean nameSearch) {
    }

    private static Query where(long agencyId, String extraReadableSql, CaseFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("agencyId", agencyId);
        conditions.add(extraReadableSql == null
                ? "c.owning_agency_id = :agencyId"
                : "(c.owning_agency_id = :agencyId or c.id in (" + extraReadableSql + "))");
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
                    conditions.add("rabta_name_key(:name) <% c.name_key");
                    params.put("name", q);
                    nameSearch = true;
                }
            }
        }
        add(conditions, params, "status", filter.status(), "c.status = :status", Enum::name);
        add(conditions, params, "district", filter.district(), "c.district_code = :district", Function.identity());
        add(conditions, params, "province", filter.province(), "c.province_code = :province", Function.identity());
        add(conditions, params, "sex", filter.sex(), "c.sex = :sex", Enum::name);
        if (filter.age() != null) {
            conditions.add(switch (filter.age()) {
                case CHILD -> "c.age_years < " + CaseValidator.ADULT_AGE;
                case ADULT -> "c.age_years >= " + CaseValidator.ADULT_AGE;
                case UNKNOWN -> "c.age_years is null";
            });
        }
        add(conditions, params, "exploitation", filter.exploitation(),
                "c.exploitation_types @> array[cast(:exploitation as varchar)]", Enum::name);
        add(conditions, params, "fromDate", filter.from(), "c.identified_on >= :fromDate", Function.identity());
        add(conditions, params, "toDate", filter.to(), "c.identified_on <= :toDate", Function.identity());
        add(conditions, params, "caseworker", filter.caseworker(), "c.caseworker_id = :caseworker", Function.identity());
        add(conditions, params, "determination", filter.determination(), "c.confirmed_determination = :determination",
                Function.identity());
        return new Query(String.join(" and ", conditions), params, nameSearch);
    }

    private static <T> void add(List<String> conditions, Map<String, Object> params, String name, T value, String condition,
                                Function<T, Object> toParam) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, toParam.apply(value));
        }
    }

    private static String orderBy(CaseFilter filter, boolean nameSearch) {
        CaseSort sort = filter.sort() != null ? filter.sort() : nameSearch ? CaseSort.RELEVANCE : CaseSort.IDENTIFIED;
        if (sort == CaseSort.RELEVANCE && !nameSearch) {
            sort = CaseSort.IDENTIFIED;
        }
        boolean ascending = filter.dir() != null
                ? filter.dir() == SortDirection.ASC
                : sort == CaseSort.NUMBER || sort == CaseSort.NAME;
        String dir = ascending ? " asc" : " desc";
        return switch (sort) {
            // name_key <->> q (not q <<-> name_key, the same distance): the GiST index orders by it only in this form.
            case RELEVANCE -> "c.name_key <->> rabta_name_key(:name), c.identified_on desc, c.id desc";
            case IDENTIFIED -> "c.identified_on" + dir + ", c.id" + dir;
            case NUMBER -> "c.case_number" + dir;
            case NAME -> "c.last_name" + dir + " nulls last, c.first_name" + dir + " nulls last, c.id" + dir;
        };
    }

    static String describe(CaseFilter filter) {
        return filter.toString().lines().collect(Collectors.joining());
    }
}
