package org.rabta.investigations;

import java.time.Clock;
import org.rabta.cases.AgencyCaseAccess;
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
class InformedCaseAccess extends AgencyCaseAccess {

    InformedCaseAccess(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, CaseRelationship.INFORMED_AGENCY, InformedAgencies.WINDOW, """
                select exists (select 1 from case_agency_informed f where f.case_id = :case and f.agency_id = :agency
                    and (f.informed_at > :since or exists (
                        select 1 from investigation_victim v join investigation i on i.id = v.investigation_id
                        where v.case_id = f.case_id and i.registering_agency_id = f.agency_id)))""");
    }
}
