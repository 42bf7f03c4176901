package org.rabta.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link CaseAccessExtension} by which another agency's caseworkers and supervisors see a case for a time: the
 * receiving agency of a referral, an agency informed of a case. The feature gives the relationship, how far back its
 * window reaches, and a query that answers whether it holds from {@code :case}, {@code :agency} (the user's) and
 * {@code :since} (now less the window).
 */
public abstract class AgencyCaseAccess implements CaseAccessExtension {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseRelationship relationship;
    private final Duration window;
    private final String holds;

    protected AgencyCaseAccess(JdbcClient jdbc, Clock clock, CaseRelationship relationship, Duration window, String holds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.relationship = relationship;
        this.window = window;
        this.holds = holds;
    }

    @Override
    public final CaseRelationship relationship(RabtaUser user, long caseId) {
        if (!(user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))) {
            return CaseRelationship.NONE;
        }
        boolean related = jdbc.sql(holds)
                .param("case", caseId).param("agency", user.agencyId())
                .param("since", Timestamp.from(clock.instant().minus(window)))
                .query(Boolean.class).single();
        return related ? relationship : CaseRelationship.NONE;
    }
}
