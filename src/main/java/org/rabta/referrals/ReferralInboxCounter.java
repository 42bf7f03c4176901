package org.rabta.referrals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many referrals wait for the receiving agency (new or overdue), capped so the count stays one index probe. */
@Component
class ReferralInboxCounter {

    private final JdbcClient jdbc;

    ReferralInboxCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int waiting(long agencyId) {
        return jdbc.sql("""
                        select count(*) from (select 1 from referral where to_agency_id = :agency
                            and (status = 'SENT' or overdue and status in ('ACCEPTED', 'IN_PROGRESS'))
                            limit :cap) waiting""")
                .param("agency", agencyId).param("cap", NotificationService.COUNT_CAP + 1).query(Integer.class).single();
    }
}
