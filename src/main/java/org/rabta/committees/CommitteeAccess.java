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
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * next page, reads them afresh, so no access decision ever rests on an earlier page's reading. They are read with a
 * plain query, as {@link Term}s rather than {@link Membership} entities: for most users it finds nothing, and the
 * entity query cost a caseworker's home page more than the committee lists it decides. A term is saved and flushed
 * before {@link #termsChanged()}, so the plain query sees it.
 */
@Component
@RequiredArgsConstructor
class CommitteeAccess {

    private final CommitteeRepository committees;
    private final JdbcClient jdbc;
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
    List<Term> currentTerms(RabtaUser user) {
        LocalDate today = today();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(user.id(), today);
        }
        return TermsRead.ofTransaction().terms.computeIfAbsent(new UserDay(user.id(), today),
                key -> read(key.userId(), key.day()));
    }

    private List<Term> read(long userId, LocalDate on) {
        return List.copyOf(jdbc.sql("""
                        select id, committee_id, role from committee_membership
                        where user_id = ? and term_from <= ? and (term_to is null or term_to >= ?)""")
                .params(userId, on, on)
                .query((rs, row) -> new Term(rs.getLong("id"), rs.getLong("committee_id"),
                        MembershipRole.valueOf(rs.getString("role"))))
                .list());
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

        private final Map<UserDay, List<Term>> terms = new HashMap<>();

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

    Optional<Term> currentTerm(RabtaUser user, long committeeId) {
        return currentTerms(user).stream().filter(term -> term.committeeId() == committeeId).findFirst();
    }

    /** Meetings and their action items are recorded by the committee's current chair or secretary, or an admin. */
    boolean mayRecordMeetings(RabtaUser user, long committeeId) {
        return user.hasRole(Role.ADMIN)
                || currentTerm(user, committeeId).map(term -> term.role().runsMeetings()).orElse(false);
    }
}
