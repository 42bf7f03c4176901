package org.rabta.reporting;

import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The reach of a user's statistics (DESIGN.md "Access"): the country for analysts, the committee's jurisdiction
 * for committee members, the own agency's cases for caseworkers and supervisors; administrators see no victim data,
 * so for them statistics do not exist. A user with several roles gets the widest reach.
 */
@Component
class Reaches {

    private final CommitteeJurisdiction committees;

    Reaches(CommitteeJurisdiction committees) {
        this.committees = committees;
    }

    Reach of(RabtaUser user) {
        if (user == null) {
            throw new RecordNotFoundException("Statistics", "(role)");
        }
        if (user.hasRole(Role.ANALYST)) {
            return Reach.country();
        }
        if (user.hasRole(Role.COMMITTEE_MEMBER)) {
            return committees.of(user);
        }
        if (user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR)) {
            return Reach.agency(user.agencyId(), user.agencyName() + " (" + user.agencyCode() + ")");
        }
        throw new RecordNotFoundException("Statistics", "(role)");
    }

    /** Whether the user has any statistics at all (for the navigation and the home page). */
    static boolean hasStatistics(RabtaUser user) {
        return user != null && (user.hasRole(Role.ANALYST) || user.hasRole(Role.COMMITTEE_MEMBER)
                || user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR));
    }
}
