package org.rabta.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkList;
import org.rabta.web.WorkListQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * What waits for an administrator among the accounts: accounts locked now (by wrong passwords or codes), and
 * active accounts whose user has never signed in. Each item opens the user's page.
 */
@Configuration(proxyBeanMethods = false)
class AccountWorkLists {

    @Bean
    @Order(800)
    WorkList lockedAccounts(JdbcOperations jdbc, Clock clock) {
        return UsersWorkList.of("lockedAccounts", jdbc, user -> user.hasRole(Role.ADMIN), user -> new WorkListQuery("""
                select u.id, u.username, u.full_name, u.locked_until from app_user u where u.locked_until > :now""",
                Map.of("now", Timestamp.from(clock.instant())), "locked_until, id", AccountWorkLists::user));
    }

    @Bean
    @Order(805)
    WorkList neverSignedIn(JdbcOperations jdbc) {
        return UsersWorkList.of("neverSignedIn", jdbc, user -> user.hasRole(Role.ADMIN), user -> new WorkListQuery("""
                select u.id, u.username, u.full_name, u.created_at from app_user u
                where u.last_login_at is null and u.active""", Map.of(), "created_at, id", AccountWorkLists::user));
    }

    private static WorkItem user(ResultSet rs, int row) throws SQLException {
        return new WorkItem("/admin/users/" + rs.getLong("id"), rs.getString("username"), null,
                new DefaultMessageSourceResolvable(
                        new String[] {"home.work.user.detail"}, new Object[] {rs.getString("full_name")}), null, false);
    }
}
