package org.rabta.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseAccessExtension;
import org.rabta.cases.CaseRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The receiving agency's relationship to a case referred to it ({@link CaseRelationship#RECEIVING_AGENCY}, which
 * sees the referral summary only): from sending, while the referral is open, and for
 * {@link ReferralService#RECEIVER_WINDOW} after it is completed, declined, or withdrawn after acceptance; a referral
 * withdrawn before acceptance gives none. The same rule as {@link Referral#receiverAccessEnds()}, in SQL.
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
    public CaseRelationship relationship(RabtaUser user, long caseId) {
        if (!(user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))) {
            return CaseRelationship.NONE;
        }
        boolean receiving = jdbc.sql("""
                        select exists (select 1 from referral where case_id = :case and to_agency_id = :agency
                            and status <> 'DRAFT' and not (status = 'WITHDRAWN' and accepted_at is null)
                            and (ended_at is null or ended_at > :since))""")
                .param("case", caseId).param("agency", user.agencyId())
                .param("since", Timestamp.from(clock.instant().minus(ReferralService.RECEIVER_WINDOW)))
                .query(Boolean.class).single();
        return receiving ? CaseRelationship.RECEIVING_AGENCY : CaseRelationship.NONE;
    }
}
