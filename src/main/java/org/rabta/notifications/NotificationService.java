package org.rabta.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.UserAccount;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.infrastructure.ExpiringValue;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications (the bell), with an e-mail copy when SMTP is configured. Features tell it what happened as a
 * {@link Notice} with its recipients; it knows nothing of referrals, screenings or committees beyond the link.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** The bell shows "99+" beyond this; counting further would cost a scan for nothing. */
    public static final int COUNT_CAP = 99;

    /**
     * How stale the bell may be when notices change through another instance; a change through this one clears it at
     * once. The bell is on every page: counting on every page view cost a database transaction each time.
     */
    static final Duration BELL_STALENESS = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final NotificationMailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExpiringValue<Long, Integer> bellCounts;

    NotificationService(JdbcClient jdbc, NotificationMailer mailer, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.bellCounts = new ExpiringValue<>(BELL_STALENESS, this::countUnread);
    }

    /**
     * Notifies people once: a second call with the same subject, kind and occasion adds nothing (the unique key), so
     * a deadline check that runs twice or on two instances never sends a notice twice.
     *
     * @return how many notices were new
     */
    @Transactional
    public int notify(Notice notice, Collection<UserAccount> recipients) {
        List<String> addresses = new ArrayList<>();
        int created = 0;
        for (UserAccount recipient : recipients) {
            int inserted = jdbc.sql("""
                            insert into notification (recipient_id, subject, subject_id, link, case_number, detail, kind,
                                                      occasion_at, created_at)
                            values (:recipient, :subject, :subjectId, :link, :caseNumber, :detail, :kind, :occasion, :now)
                            on conflict do nothing""")
                    .param("recipient", recipient.getId()).param("subject", notice.subject().name())
                    .param("subjectId", notice.subjectId()).param("link", notice.link())
                    .param("caseNumber", notice.caseNumber()).param("detail", notice.detail())
                    .param("kind", notice.kind().name()).param("occasion", Timestamp.from(notice.occasion()))
                    .param("now", Timestamp.from(clock.instant())).update();
            created += inserted;
            if (inserted > 0 && recipient.getEmail() != null) {
                addresses.add(recipient.getEmail());
            }
        }
        if (created > 0) {
            bellCounts.clearAfterCommit();
            mailer.send(notice, addresses);
        }
        return created;
    }

    /** Unread notices of the user, capped at {@link #COUNT_CAP} + 1 (the partial index makes this cheap). */
    public int unreadCount(RabtaUser user) {
        return countUnread(user.id());
    }

    /** {@link #unreadCount} for the bell: at most {@link #BELL_STALENESS} old. No transaction for a remembered count. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int bellCount(RabtaUser user) {
        return bellCounts.get(user.id());
    }

    private int countUnread(long userId) {
        return jdbc.sql("""
                        select count(*) from (select 1 from notification where recipient_id = :user and read_at is null
                        limit :cap) unread""")
                .param("user", userId).param("cap", COUNT_CAP + 1).query(Integer.class).single();
    }

    /**
     * The user's notices, newest first, a page at a time (keyset-free "next" paging: no total count). They name
     * cases, so a page is an audited read of those cases.
     */
    @Transactional
    public Slice<Notification> list(RabtaUser user, int page) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), 25);
        List<Notification> rows = jdbc.sql("""
                        select n.id, n.kind, n.subject, n.subject_id, n.case_number, n.detail, n.created_at, n.read_at
                        from notification n
                        where n.recipient_id = :user order by n.created_at desc, n.id desc limit :limit offset :offset""")
                .param("user", user.id()).param("limit", pageable.getPageSize() + 1).param("offset", pageable.getOffset())
                .query((rs, row) -> {
                    Timestamp read = rs.getTimestamp("read_at");
                    return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                            Subject.valueOf(rs.getString("subject")), rs.getLong("subject_id"), rs.getString("case_number"),
                            rs.getString("detail"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
                })
                .list();
        boolean hasNext = rows.size() > pageable.getPageSize();
        List<Notification> shown = hasNext ? rows.subList(0, pageable.getPageSize()) : rows;
        audit.recordRead(BulkRead.of(NotificationAuditAction.NOTIFICATIONS_LISTED,
                null, "page=" + pageable.getPageNumber()),
                shown.stream().map(Notification::caseNumber).filter(Objects::nonNull).distinct().toList());
        return new SliceImpl<>(shown, pageable, hasNext);
    }

    /** Marks one of the user's notices read and answers the page it links to; someone else's notice is not found. */
    @Transactional
    public String markRead(RabtaUser user, long notificationId) {
        bellCounts.clearAfterCommit();
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now) where id = :id and recipient_id = :user
                        returning link""")
                .param("now", Timestamp.from(clock.instant())).param("id", notificationId).param("user", user.id())
                .query(String.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("Notification", notificationId));
    }

    @Transactional
    public int markAllRead(RabtaUser user) {
        bellCounts.clearAfterCommit();
        return jdbc.sql("update notification set read_at = :now where recipient_id = :user and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("user", user.id()).update();
    }
}
