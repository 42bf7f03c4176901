package org.rabta.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccount;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks referrals overdue: sent ones whose acceptance deadline passed, and accepted or in-progress ones without
 * an update for 14 days. Idempotent: each UPDATE only takes rows not yet overdue, and skips rows another run (or
 * a user's move) holds locked, so concurrent runs never mark one row twice nor wait on each other; notices are
 * unique per person, referral, kind and deadline as well.
 * {@link ReferralDeadlineSchedule} runs it on one instance at a time; tests call it directly.
 */
@Service
@RequiredArgsConstructor
public class ReferralDeadlines {

    private final JdbcClient jdbc;
    private final ReferralRecipients whoHears;
    private final ReferralRepository repository;
    private final NotificationService notifications;
    private final ReferralInboxCounter inbox;
    private final ReferralTimeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    /** @return how many referrals this run marked overdue */
    @Transactional
    public int markOverdue() {
        Instant now = clock.instant();
        Map<Long, Instant> marked = new LinkedHashMap<>();
        jdbc.sql("""
                        update referral set overdue = true, overdue_since = :now
                        where id in (select id from referral where status = 'SENT' and not overdue and due_at <= :now
                                     for update skip locked)
                        returning id, due_at as deadline""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> marked.put(rs.getLong("id"), rs.getTimestamp("deadline").toInstant())).list();
        jdbc.sql("""
                        update referral set overdue = true, overdue_since = :now
                        where id in (select id from referral where status in ('ACCEPTED', 'IN_PROGRESS') and not overdue
                                     and last_activity_at <= :stale for update skip locked)
                        returning id, last_activity_at as deadline""")
                .param("now", Timestamp.from(now)).param("stale", Timestamp.from(now.minus(Referral.UPDATE_EVERY)))
                .query((rs, row) -> marked.put(rs.getLong("id"), rs.getTimestamp("deadline").toInstant().plus(Referral.UPDATE_EVERY)))
                .list();
        if (!marked.isEmpty()) {
            inbox.changed();
        }
        for (Referral referral : repository.findAllById(marked.keySet())) {
            Instant deadline = marked.get(referral.getId());
            String kind = referral.getStatus() == ReferralStatus.SENT ? "not accepted in time" : "no update for 14 days";
            timeline.add(referral.getId(), now, ReferralEventType.OVERDUE, SystemIdentity.NAME, null, null, kind);
            List<UserAccount> recipients = new ArrayList<>(whoHears.staff(referral.getToAgencyId()));
            recipients.addAll(whoHears.senders(referral));
            notifications.notify(referral.notice(NotificationKind.OVERDUE, deadline), recipients);
            audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_OVERDUE, referral.getCaseNumber(),
                    "referral " + referral.getId() + ": " + kind + " (deadline " + deadline + ")").byActor(SystemIdentity.NAME));
        }
        return marked.size();
    }
}
