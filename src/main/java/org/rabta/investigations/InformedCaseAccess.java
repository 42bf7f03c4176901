package org.rabta.investigations;

import java.sql.Timestamp;
import java.time.Clock;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseAccessExtension;
import org.rabta.cases.CaseRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The informed agency's relationship to a case the owning agency brought to it ({@link CaseRelationship#INFORMED_AGENCY},
 * which sees the referral summary only): its caseworkers and supervisors, for {@link InformedAgencies#WINDOW} after
 * being informed, and for as long as one of its investigations names the case as a victim's, so that the FIR's link
 * to the victim keeps opening.
 */
@Component
class InformedCaseAccess implements CaseAccessExtension {

    private final JdbcClient jdbc;
    private final Clock clock;

    InformedCaseAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CaseRelationship relationship(RabtaUser user, long caseId) {
        if (!(user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))) {
            return CaseRelationship.NONE;
        }
        boolean informed = jdbc.sql("""
                        select exists (select 1 from case_agency_informed f where f.case_id = :case and f.agency_id = :agency
                            and (f.informed_at > :since or exists (
                                select 1 from investigation_victim v join investigation i on i.id = v.investigation_id
                                where v.case_id = f.case_id and i.registering_agency_id = f.agency_id)))""")
                .param("case", caseId).param("agency", user.agencyId())
                .param("since", Timestamp.from(clock.instant().minus(InformedAgencies.WINDOW)))
                .query(Boolean.class).single();
        return informed ? CaseRelationship.INFORMED_AGENCY : CaseRelationship.NONE;
    }
}
