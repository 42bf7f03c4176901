package org.rabta.referrals;

import java.time.Duration;
import org.rabta.infrastructure.ExpiringValue;
import org.rabta.notifications.NotificationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many referrals wait for the receiving agency (new or overdue), capped so the count stays one index probe. The
 * count is in the navigation of every page, so it is remembered for at most {@link #STALENESS}: a referral moved or
 * marked overdue through this instance clears it at once ({@link #changed()}), through another instance it shows
 * within that time.
 */
@Component
class ReferralInboxCounter {

    static final Duration STALENESS = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final ExpiringValue<Long, Integer> counts;

    ReferralInboxCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counts = new ExpiringValue<>(STALENESS, this::count);
    }

    int waiting(long agencyId) {
        return counts.get(agencyId);
    }

    /** A referral changed its state or became overdue: every agency's count is read afresh after the commit. */
    void changed() {
        counts.clearAfterCommit();
    }

    private int count(long agencyId) {
        return jdbc.sql("""
                        select count(*) from (select 1 from referral where to_agency_id = :agency
                            and (status = 'SENT' or overdue and status in ('ACCEPTED', 'IN_PROGRESS'))
                            limit :cap) waiting""")
                .param("agency", agencyId).param("cap", NotificationService.COUNT_CAP + 1).query(Integer.class).single();
    }
}
