package org.rabta.committees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who reaches a committee: admins reach every committee; anyone else only the committees where they hold a term
 * today. When the term ends, the committee, its roster and its meetings answer "not found", as for any record out
 * of reach.
 */
@Component
@RequiredArgsConstructor
class CommitteeAccess {

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Committee readable(RabtaUser user, long committeeId) {
        Committee committee = committees.findById(committeeId).orElseThrow(() -> new RecordNotFoundException("Committee", committeeId));
        if (user.hasRole(Role.ADMIN) || currentTerm(user, committeeId).isPresent()) {
            return committee;
        }
        throw new RecordNotFoundException("Committee", committeeId);
    }

    /** The user's terms that include today, on any committee. */
    List<Membership> currentTerms(RabtaUser user) {
        return memberships.findCurrentOfUser(user.id(), today());
    }

    Optional<Membership> currentTerm(RabtaUser user, long committeeId) {
        return currentTerms(user).stream().filter(term -> term.getCommitteeId() == committeeId).findFirst();
    }

    /** Meetings and their action items are recorded by the committee's current chair or secretary, or an admin. */
    boolean mayRecordMeetings(RabtaUser user, long committeeId) {
        return user.hasRole(Role.ADMIN)
                || currentTerm(user, committeeId).map(term -> term.getRole().runsMeetings()).orElse(false);
    }
}
