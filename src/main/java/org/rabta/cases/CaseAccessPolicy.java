package org.rabta.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may this user see this part of this case?" for every feature: cases, notes, attachments,
 * screenings, referrals, committees, exports and statistics ask here, with the {@link CasePart} they are about to
 * show, and never derive the rule themselves. The relationships (README, "Access to case data"):
 * <ul>
 *     <li>the owning agency's caseworkers and supervisors see the whole case ({@link CasePart#FULL});</li>
 *     <li>an agency the case was referred to sees the referral summary while the referral is open, and for 90 days
 *     after it is completed, declined, or withdrawn after acceptance; a referral withdrawn before acceptance
 *     ends that at once ({@link CaseRelationship#RECEIVING_AGENCY}, established by the referrals feature);</li>
 *     <li>a law-enforcement agency the owning agency informed of the case sees the same summary for 90 days, and while
 *     one of its investigations names the case ({@link CaseRelationship#INFORMED_AGENCY}, established by the
 *     investigations feature);</li>
 *     <li>a committee member, through a current term, sees the pseudonymised summary of the cases of the
 *     committee's queue ({@link CaseRelationship#COMMITTEE_MEMBER}, established by the committees feature);</li>
 *     <li>an analyst sees cases only in aggregates; an administrator sees no case data;</li>
 *     <li>anyone else sees nothing, and is told the case is "not found".</li>
 * </ul>
 * A user may stand in several relationships at once (a caseworker who is a committee's secretary); they see the
 * union of what each allows. Whatever is out of reach is {@link RecordNotFoundException}: a 404 that does not
 * reveal whether the case exists.
 */
@Component
@RequiredArgsConstructor
public class CaseAccessPolicy {

    private final CaseRepository cases;
    private final List<CaseAccessExtension> extensions;

    /** Every relationship the user has to the case; {@link CaseRelationship#NONE} alone when there is none. */
    public Set<CaseRelationship> relationships(RabtaUser user, VictimCase victimCase) {
        Set<CaseRelationship> found = EnumSet.noneOf(CaseRelationship.class);
        if (user == null) {
            return EnumSet.of(CaseRelationship.NONE);
        }
        if (isStaff(user) && victimCase.getOwningAgencyId() == user.agencyId()) {
            found.add(user.hasRole(Role.SUPERVISOR) ? CaseRelationship.OWNER_SUPERVISOR : CaseRelationship.OWNER_CASEWORKER);
        } else {
            for (CaseAccessExtension extension : extensions) {
                found.add(extension.relationship(user, victimCase.getId()));
            }
        }
        if (user.hasRole(Role.ANALYST)) {
            found.add(CaseRelationship.ANALYST);
        }
        if (user.hasRole(Role.ADMIN)) {
            found.add(CaseRelationship.ADMIN);
        }
        found.remove(CaseRelationship.NONE);
        return found.isEmpty() ? EnumSet.of(CaseRelationship.NONE) : found;
    }

    /** Whether the user may see that part of the case. */
    public boolean may(RabtaUser user, VictimCase victimCase, CasePart part) {
        return relationships(user, victimCase).stream().anyMatch(relationship -> relationship.sees(part));
    }

    /** Whether there is such a case and the user may see that part of it: the rule alone, not audited. */
    public boolean may(RabtaUser user, String caseNumber, CasePart part) {
        return find(caseNumber).filter(victimCase -> may(user, victimCase, part)).isPresent();
    }

    /** The case, when the user may see that part of it; otherwise (or when there is no such case) "not found". */
    public VictimCase require(RabtaUser user, String caseNumber, CasePart part) {
        return find(caseNumber).filter(victimCase -> may(user, victimCase, part))
                .orElseThrow(() -> new RecordNotFoundException("Case", caseNumber));
    }

    /** The whole case ({@link CasePart#FULL}) under a row lock, for a change of the case itself; else "not found". */
    VictimCase requireForChange(RabtaUser user, String caseNumber) {
        return cases.lockByCaseNumber(caseNumber == null ? "" : caseNumber)
                .filter(victimCase -> may(user, victimCase, CasePart.FULL))
                .orElseThrow(() -> new RecordNotFoundException("Case", caseNumber));
    }

    /** Lists, registration and imports are for the caseworkers and supervisors of an agency; anyone else: "not found". */
    static void requireCaseRole(RabtaUser user) {
        if (!mayList(user)) {
            throw new RecordNotFoundException("Case", "(role)");
        }
    }

    /** Closing, reopening, reassigning and linking duplicates are a supervisor's, of the agency that owns the case. */
    static void requireSupervisor(RabtaUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new BusinessRuleException("cases.error.supervisorOnly");
        }
    }

    /**
     * The rule of lists, searches and exports, which show whole records: the cases of the user's own agency, for its
     * caseworkers and supervisors. The SQL condition is on {@code victim_case c}, with the parameter {@code :agencyId}.
     */
    static final String LISTABLE_SQL = "c.owning_agency_id = :agencyId";

    /** Whether the user may list cases at all ({@link #LISTABLE_SQL}); others are told the list is "not found". */
    public static boolean mayList(RabtaUser user) {
        return user != null && isStaff(user);
    }

    /** Who sees a role's lists of the agency's cases on the home page: whoever has the role and {@link #mayList may list}. */
    public static Predicate<RabtaUser> listsAs(Role role) {
        return user -> user.hasRole(role) && mayList(user);
    }

    /**
     * {@link #LISTABLE_SQL} with its parameter, for other features' lists of cases (a work list of screenings joins
     * {@code victim_case c} with it), for a user who {@link #mayList may list}.
     */
    public static ReadableCases listable(RabtaUser user) {
        return new ReadableCases(LISTABLE_SQL, Map.of("agencyId", user.agencyId()));
    }

    /**
     * Whose cases the user may count in statistics ({@link CasePart#AGGREGATE}). A user with several roles gets the
     * widest reach: the country for an analyst, then the jurisdictions of a committee member's current terms, then the
     * own agency's cases for its caseworkers and supervisors. An administrator counts no victims.
     */
    public static StatisticsReach statisticsReach(RabtaUser user) {
        if (user == null) {
            return StatisticsReach.NONE;
        }
        if (user.hasRole(Role.ANALYST)) {
            return StatisticsReach.COUNTRY;
        }
        if (user.hasRole(Role.COMMITTEE_MEMBER)) {
            return StatisticsReach.COMMITTEE_JURISDICTIONS;
        }
        return isStaff(user) ? StatisticsReach.OWN_AGENCY : StatisticsReach.NONE;
    }

    private static boolean isStaff(RabtaUser user) {
        return user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR);
    }

    private Optional<VictimCase> find(String caseNumber) {
        return Optional.ofNullable(caseNumber).flatMap(cases::findByCaseNumber);
    }
}
