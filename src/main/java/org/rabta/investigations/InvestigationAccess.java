package org.rabta.investigations;

import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may work with investigations: the caseworkers and supervisors of law-enforcement agencies (FIA circles and the
 * police), and each only with the investigations their own agency registered. Everything else is "not found" (404),
 * so that nobody learns whether an FIR exists elsewhere.
 */
@Component
@RequiredArgsConstructor
public class InvestigationAccess {

    static final Set<AgencyType> LAW_ENFORCEMENT = EnumSet.of(AgencyType.FIA, AgencyType.POLICE);

    private final AgencyService agencies;
    private final InvestigationRepository investigations;
    private final AccusedRepository accused;

    /**
     * Whether to show the link to the investigations: by the agency's type from {@link AgencyService#label}, in memory,
     * since the link is on every page and should not cost a query; access itself reads afresh.
     */
    boolean showsLink(RabtaUser user) {
        return user != null && (user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))
                && LAW_ENFORCEMENT.contains(agencies.label(user.agencyId()).type());
    }

    /** Whether the user registers and reads investigations at all (the navigation link, the screening's offer). */
    public boolean mayInvestigate(RabtaUser user) {
        return user != null && (user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))
                && LAW_ENFORCEMENT.contains(agencies.agency(user.agencyId()).getType());
    }

    void requireInvestigator(RabtaUser user) {
        if (!mayInvestigate(user)) {
            throw new RecordNotFoundException("Investigation", "(role)");
        }
    }

    Investigation investigation(RabtaUser user, long id) {
        requireInvestigator(user);
        return investigations.findByIdAndRegisteringAgencyId(id, user.agencyId())
                .orElseThrow(() -> new RecordNotFoundException("Investigation", id));
    }

    /**
     * The investigation, locked until the transaction ends (after any other change of it in flight), for a change that
     * depends on what it holds: its version, its accused's positions, its victims. Lock an accused person before their
     * investigation, never after, so that two changes never wait for each other.
     */
    Investigation investigationForUpdate(RabtaUser user, long id) {
        requireInvestigator(user);
        return investigations.findForUpdateByIdAndRegisteringAgencyId(id, user.agencyId())
                .orElseThrow(() -> new RecordNotFoundException("Investigation", id));
    }

    Accused accused(RabtaUser user, long id) {
        requireInvestigator(user);
        return accused.findByIdAndRegisteringAgencyId(id, user.agencyId())
                .orElseThrow(() -> new RecordNotFoundException("Accused", id));
    }

    /** The accused person, locked until the transaction ends, for recording a step of their path. */
    Accused accusedForUpdate(RabtaUser user, long id) {
        requireInvestigator(user);
        return accused.findForUpdateByIdAndRegisteringAgencyId(id, user.agencyId())
                .orElseThrow(() -> new RecordNotFoundException("Accused", id));
    }
}
