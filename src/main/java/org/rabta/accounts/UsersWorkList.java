package org.rabta.accounts;

import java.util.function.Function;
import java.util.function.Predicate;
import org.rabta.web.SqlWorkList;
import org.rabta.web.WorkListQuery;
import org.springframework.jdbc.core.JdbcOperations;

/** A home-page work list for the signed-in users a rule chooses (a role, a right); anyone else has no such list. */
public final class UsersWorkList {

    private UsersWorkList() {
    }

    /** {@code query}: the list's query for a chosen user, or null when that user has nothing of the kind to see. */
    public static SqlWorkList of(String name, JdbcOperations jdbc, Predicate<RabtaUser> who,
                                 Function<RabtaUser, WorkListQuery> query) {
        return new SqlWorkList(name, jdbc, authentication ->
                authentication.getPrincipal() instanceof RabtaUser user && who.test(user) ? query.apply(user) : null);
    }
}
