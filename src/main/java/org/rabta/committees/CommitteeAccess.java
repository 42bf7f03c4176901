package org.rabta.committees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who reaches a committee: admins reach every committee; anyone else only the committees where they hold a term
 * today. When the term ends, the committee, its roster and its meetings answer "not found", as for any record out
 * of reach.
 * <p>
 * A user's current terms are read once per transaction: a home page asks for them five times (its four committee
 * lists and the review queue's, through the review areas), and each ask was a query of its own. Within one
 * transaction they cannot change unless a term is changed in it ({@link #termsChanged()}); the next transaction, the
 * next page, reads them afresh, so no access decision ever rests on an earlier page's reading.
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

    /** The user's terms that include today, on any committee (read once per transaction). */
    List<Membership> currentTerms(RabtaUser user) {
        LocalDate today = today();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return List.copyOf(memberships.findCurrentOfUser(user.id(), today));
        }
        return TermsRead.ofTransaction().terms.computeIfAbsent(new UserDay(user.id(), today),
                key -> List.copyOf(memberships.findCurrentOfUser(key.userId(), key.day())));
    }

    /** A term began or ended in this transaction: what it read of current terms is read again. */
    void termsChanged() {
        if (TransactionSynchronizationManager.getResource(TermsRead.class) instanceof TermsRead read) {
            read.terms.clear();
        }
    }

    private record UserDay(long userId, LocalDate day) {
    }

    /**
     * The terms read in the current transaction, bound to it as a resource: put aside while a transaction of its own
     * (REQUIRES_NEW) runs inside it, and dropped when it completes.
     */
    private static final class TermsRead implements TransactionSynchronization {

        private final Map<UserDay, List<Membership>> terms = new HashMap<>();

        static TermsRead ofTransaction() {
            if (TransactionSynchronizationManager.getResource(TermsRead.class) instanceof TermsRead read) {
                return read;
            }
            TermsRead read = new TermsRead();
            TransactionSynchronizationManager.bindResource(TermsRead.class, read);
            TransactionSynchronizationManager.registerSynchronization(read);
            return read;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(TermsRead.class);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(TermsRead.class, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TermsRead.class);
        }
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
