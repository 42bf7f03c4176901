package org.rabta.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.util.ConcurrentLruCache;

/**
 * A {@link WorkList} written as one SQL query: the same query gives a page of items with their count (a window
 * count over the first {@link WorkItems#CAP} rows) and the count alone, so the home page and the navigation never
 * disagree. {@code orderBy} names output columns of {@code sql}, and ends in a unique one so that pages are stable.
 */
public record WorkListQuery(String sql, Map<String, ?> parameters, String orderBy, RowMapper<WorkItem> rows) {

    /** Statements parsed for their named parameters, as NamedParameterJdbcTemplate keeps them: parsing is not free. */
    private static final ConcurrentLruCache<String, ParsedSql> PARSED = new ConcurrentLruCache<>(256,
            NamedParameterUtils::parseSqlStatement);

    /** A page of this list; past its end, no items and the count. */
    public WorkItems run(JdbcOperations jdbc, int offset, int limit) {
        WorkItems found = runAll(jdbc, List.of(this), offset, limit).getFirst();
        return found.items().isEmpty() && offset > 0 && limit > 0 ? runAll(jdbc, List.of(this), 0, 0).getFirst() : found;
    }

    /**
     * The same page of each query (with {@code limit} 0: the counts alone), in one round trip to the database: the
     * statements go as one, which the PostgreSQL driver sends together at their semicolons, and their results are
     * read in order. A home page reads six lists or more; each round trip of its own cost PostgreSQL and Rabta more
     * than the list's query did.
     */
    public static List<WorkItems> runAll(JdbcOperations jdbc, List<WorkListQuery> queries, int offset, int limit) {
        if (queries.isEmpty()) {
            return List.of();
        }
        StringJoiner sql = new StringJoiner(";\n");
        List<SqlParameter> declared = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (WorkListQuery query : queries) {
            MapSqlParameterSource parameters = new MapSqlParameterSource(query.parameters)
                    .addValue("work_limit", limit).addValue("work_offset", Math.max(offset, 0));
            ParsedSql parsed = PARSED.get(query.statement(limit));
            sql.add(NamedParameterUtils.substituteNamedParameters(parsed, parameters));
            declared.addAll(NamedParameterUtils.buildSqlParameterList(parsed, parameters));
            values.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, parameters, null)));
        }
        PreparedStatementCallback<List<WorkItems>> read = statement -> {
            statement.execute();
            List<WorkItems> found = new ArrayList<>(queries.size());
            for (WorkListQuery query : queries) {
                try (ResultSet rows = statement.getResultSet()) {
                    found.add(query.read(rows, limit));
                }
                statement.getMoreResults();
            }
            return found;
        };
        return jdbc.execute(new PreparedStatementCreatorFactory(sql.toString(), declared).newPreparedStatementCreator(values), read);
    }

    private String statement(int limit) {
        String capped = "(" + sql + " order by " + orderBy + " limit " + WorkItems.CAP + ")";
        return limit <= 0 ? "select count(*) from " + capped + " w"
                : "select w.*, count(*) over () as work_total from " + capped + " w order by " + orderBy
                        + " limit :work_limit offset :work_offset";
    }

    private WorkItems read(ResultSet rows, int limit) throws SQLException {
        if (limit <= 0) {
            rows.next();
            return new WorkItems(List.of(), rows.getInt(1));
        }
        List<WorkItem> items = new ArrayList<>();
        int total = 0;
        while (rows.next()) {
            total = rows.getInt("work_total");
            items.add(this.rows.mapRow(rows, items.size()));
        }
        return new WorkItems(items, total);
    }
}
