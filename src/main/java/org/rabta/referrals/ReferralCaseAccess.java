package org.rabta.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import org.rabta.cases.CaseAccessExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a receiving agency read a case referred to it while the referral is open or for 90 days after it ends
 * (completed, declined, withdrawn); afterwards the case is "not found" to it again. The receiving agency reaches
 * the case only through the referral page, which shows the limited view the referral needs; the full case page
 * stays with the owning agency.
 */
@Component
class ReferralCaseAccess implements CaseAccessExtension {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralCaseAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean mayRead(long caseId, long agencyId) {
        return jdbc.sql("""
                        select exists (select 1 from referral where case_id = :case and to_agency_id = :agency
                            and status <> 'DRAFT' and (ended_at is null or ended_at > :since))""")
                .param("case", caseId).param("agency", agencyId)
                .param("since", Timestamp.from(clock.instant().minus(ReferralService.RECEIVER_WINDOW)))
                .query(Boolean.class).single();
    }

    /** None: referred cases stay out of the receiving agency's case list; its referral inbox lists them. */
    @Override
    public String readableCaseIdsSql() {
        return null;
    }
}
