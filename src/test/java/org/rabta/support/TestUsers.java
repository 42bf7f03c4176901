package org.rabta.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccountService;
import org.rabta.accounts.SystemIdentity;

/**
 * Users of their own for the tests that sign in, fail, lock out or end sessions: a demo user would carry the lockout or
 * the ended sessions into other tests of the shared context.
 */
public final class TestUsers {

    /** The demo users' password, which these users share. */
    public static final String PASSWORD = "Rabta-demo-2026";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestUsers() {
    }

    /**
     * A new active caseworker of the Punjab Social Welfare Department with {@link #PASSWORD}, not asked to change it;
     * its username is unique in the run and across runs on the same database.
     */
    public static String newCaseworker(UserAccountService accounts) {
        String username = "test.caseworker" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        SystemIdentity.run(() -> accounts.createWithPassword(username, "Test Caseworker", "PB-SWD", Set.of(Role.CASEWORKER),
                PASSWORD, false));
        return username;
    }
}
