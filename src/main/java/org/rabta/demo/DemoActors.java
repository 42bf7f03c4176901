package org.rabta.demo;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users the demo data is recorded by, as the services see them signed in (so every access rule applies to
 * the demo data too), and the cases of their agency they start from.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoActors {

    private final UserAccountService accounts;
    private final CasesApi cases;

    /** The demo user, as Rabta itself may act on the user's behalf ({@link UserAccountService#actingUser}). */
    RabtaUser user(String username) {
        AtomicReference<RabtaUser> user = new AtomicReference<>();
        SystemIdentity.run(() -> user.set(accounts.actingUser(username)));
        return user.get();
    }

    /** The open cases of the user's agency, oldest first: the demo cases, loaded before anything is registered by hand. */
    List<VictimCase> oldestOpenCases(RabtaUser user) {
        CaseFilter oldestFirst = new CaseFilter(null, null, null, null, null, null, null, null, null, null, null,
                CaseFilter.CaseSort.NUMBER, CaseFilter.SortDirection.ASC, 0, CaseFilter.MAX_SIZE);
        AtomicReference<List<VictimCase>> found = new AtomicReference<>();
        SystemIdentity.runAs(user, () -> found.set(cases.list(user, oldestFirst).cases()));
        return found.get().stream()
                .filter(c -> c.getOwningAgencyId() == user.agencyId() && !c.getStatus().isClosed())
                .toList();
    }
}
