package org.rabta.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The referral's own timeline and its committee reviews (append-only rows; callers hold the transaction). */
@Component
@RequiredArgsConstructor
class ReferralTimeline {

    private final JdbcClient jdbc;

    void add(long referralId, Instant at, ReferralEventType type, String actor, String actorName, String agencyCode, String note) {
        jdbc.sql("""
                        insert into referral_event (referral_id, occurred_at, type, actor, actor_name, agency_code, note)
                        values (:referral, :at, :type, :actor, :name, :agency, :note)""")
                .param("referral", referralId).param("at", Timestamp.from(at)).param("type", type.name()).param("actor", actor)
                .param("name", actorName).param("agency", agencyCode).param("note", note).update();
    }

    List<ReferralEvent> events(long referralId) {
        return jdbc.sql("""
                        select id, occurred_at, type, actor, actor_name, agency_code, note from referral_event
                        where referral_id = :referral order by occurred_at, id""")
                .param("referral", referralId)
                .query((rs, row) -> new ReferralEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        ReferralEventType.valueOf(rs.getString("type")), rs.getString("actor"), rs.getString("actor_name"), rs.getString("agency_code"),
                        rs.getString("note")))
                .list();
    }

    void addReview(long referralId, String body, String author, String authorName, Instant at) {
        jdbc.sql("""
                        insert into referral_review (referral_id, kind, body, author, author_name, created_at)
                        values (:referral, 'NOTE', :body, :author, :name, :at)""")
                .param("referral", referralId).param("body", body).param("author", author)
                .param("name", authorName).param("at", Timestamp.from(at)).update();
    }

    List<ReviewEntry> reviews(long referralId) {
        return jdbc.sql("""
                        select id, body, author_name, created_at from referral_review
                        where referral_id = :referral order by created_at, id""")
                .param("referral", referralId)
                .query((rs, row) -> new ReviewEntry(rs.getLong("id"), rs.getString("body"), rs.getString("author_name"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
