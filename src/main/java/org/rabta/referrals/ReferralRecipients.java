package org.rabta.referrals;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.springframework.stereotype.Component;

/** Who hears of a referral's moves and deadlines, on each side. */
@Component
@RequiredArgsConstructor
class ReferralRecipients {

    private final UserAccountService users;

    /** An agency's caseworkers and supervisors: the receiving side of a referral, or the pool its senders come from. */
    Collection<UserAccount> staff(long agencyId) {
        Map<Long, UserAccount> people = new LinkedHashMap<>();
        for (Role role : List.of(Role.CASEWORKER, Role.SUPERVISOR)) {
            users.activeUsersOfAgency(agencyId, role).forEach(account -> people.putIfAbsent(account.getId(), account));
        }
        return people.values();
    }

    /** Who hears back on the sending side: the person who made the referral and the agency's supervisors. */
    Collection<UserAccount> senders(Referral referral) {
        return staff(referral.getFromAgencyId()).stream()
                .filter(account -> account.getId() == referral.getCreatedById() || account.hasRole(Role.SUPERVISOR))
                .toList();
    }
}
