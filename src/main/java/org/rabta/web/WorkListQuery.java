package org.rabta.web;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link WorkList} written as one SQL query: the same query gives a page of items with their count (a window
 * count over the first {@link WorkItems#CAP} rows) and the count alone, so the home page and the navigation never
 * disagree. {@code orderBy} names output columns of {@code sql}, and ends in a unique one so that pages are stable.
 */
public record WorkListQuery(String sql, Map<String, ?> parameters, String orderBy, RowMapper<WorkItem> rows) {

    public WorkItems run(JdbcClient jdbc, int offset, int limit) {
        String capped = "(" + sql + " order by " + orderBy + " limit " + WorkItems.CAP + ")";
        if (limit <= 0) {
            int total = jdbc.sql("select count(*) from " + capped + " w").params(parameters).query(Integer.class).single();
            return new WorkItems(List.of(), total);
        }
        int[] total = {0};
        List<WorkItem> items = jdbc.sql("select w.*, count(*) over () as work_total from " + capped + " w order by "
                        + orderBy + " limit :work_limit offset :work_offset")
                .params(parameters).param("work_limit", limit).param("work_offset", Math.max(offset, 0))
                .query((rs, row) -> {
                    total[0] = rs.getInt("work_total");
                    return rows.mapRow(rs, row);
                }).list();
        if (items.isEmpty() && offset > 0) {
            return new WorkItems(List.of(), run(jdbc, 0, 0).total());
        }
        return new WorkItems(items, total[0]);
    }
}
