package org.rabta.referrals;

import java.time.Clock;
import org.rabta.cases.AgencyCaseAccess;
import org.rabta.cases.CaseRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The receiving agency's relationship to a case referred to it ({@link CaseRelationship#RECEIVING_AGENCY}, which
 * sees the referral summary only): from sending, while the referral is open, and for
 * {@link Referral#RECEIVER_WINDOW} after it is completed, declined, or withdrawn after acceptance; a referral
 * withdrawn before acceptance gives none. The same rule as {@link Referral#receiverAccessEnds()}, in SQL.
 */
@Component
class ReferralCaseAccess extends AgencyCaseAccess {

    ReferralCaseAccess(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, CaseRelationship.RECEIVING_AGENCY, Referral.RECEIVER_WINDOW, """
                select exists (select 1 from referral where case_id = :case and to_agency_id = :agency
                    and status <> 'DRAFT' and not (status = 'WITHDRAWN' and accepted_at is null)
                    and (ended_at is null or ended_at > :since))""");
    }
}
