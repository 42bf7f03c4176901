package org.rabta.web;

import java.util.function.Function;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.Authentication;

/**
 * A {@link WorkList} made of a {@link WorkListQuery} per user; a null query means the list is not for that user. The
 * home page reads the queries of all such lists together ({@link WorkListQuery#runAll}).
 */
public record SqlWorkList(String name, JdbcOperations jdbc, Function<Authentication, WorkListQuery> queries) implements WorkList {

    @Override
    public WorkItems find(Authentication authentication, int offset, int limit) {
        WorkListQuery query = queries.apply(authentication);
        return query == null ? WorkItems.NONE : query.run(jdbc, offset, limit);
    }
}
