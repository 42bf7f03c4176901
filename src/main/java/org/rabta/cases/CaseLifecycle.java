package org.rabta.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.StaffMember;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's status and who holds it: follow-up, closing and reopening, reassignment to another caseworker of the
 * owning agency. Each change locks the case, goes on its timeline and in the audit trail; a refused move is a
 * {@link BusinessRuleException} with nothing changed.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseLifecycle {

    private final CaseAccessPolicy policy;
    private final CaseTimeline timeline;
    private final UserAccountService users;
    private final AuditTrail audit;
    private final Clock clock;

    /** ACTIVE <-> FOLLOW_UP, by the owning agency's caseworkers and supervisors. */
    @Transactional
    public void markFollowUp(RabtaUser user, String caseNumber, boolean followUp) {
        VictimCase victimCase = policy.requireForChange(user, caseNumber);
        if (victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("cases.error.closed");
        }
        CaseStatus to = followUp ? CaseStatus.FOLLOW_UP : CaseStatus.ACTIVE;
        if (victimCase.getStatus() == to) {
            return;
        }
        CaseStatus from = victimCase.getStatus();
        victimCase.setStatus(to);
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        timeline.add(victimCase, CaseEventType.STATUS_CHANGED, user, from + "," + to);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_STATUS_CHANGED, caseNumber, from + " -> " + to));
    }

    /** Closes a case with a reason (CLOSED, or CLOSED_REFERRED when another agency took it over). Supervisors only. */
    @Transactional
    public void close(RabtaUser user, String caseNumber, CaseStatus closedStatus, String reason) {
        VictimCase victimCase = policy.requireForChange(user, caseNumber);
        CaseAccessPolicy.requireSupervisor(user);
        if (closedStatus == null || !closedStatus.isClosed()) {
            throw new BusinessRuleException("cases.error.closeStatus");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("cases.error.closeReasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new BusinessRuleException("cases.error.tooLong", 1000);
        }
        if (victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("cases.error.alreadyClosed");
        }
        CaseStatus from = victimCase.getStatus();
        victimCase.close(closedStatus, LocalDate.now(clock), reason.strip());
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        timeline.add(victimCase, CaseEventType.CLOSED, user, closedStatus + ": " + reason.strip());
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_CLOSED, caseNumber, from + " -> " + closedStatus + ": " + reason.strip()));
    }

    /** Reopens a closed case as ACTIVE. Supervisors only. */
    @Transactional
    public void reopen(RabtaUser user, String caseNumber) {
        VictimCase victimCase = policy.requireForChange(user, caseNumber);
        CaseAccessPolicy.requireSupervisor(user);
        if (!victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("cases.error.notClosed");
        }
        CaseStatus from = victimCase.getStatus();
        victimCase.reopen();
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        timeline.add(victimCase, CaseEventType.REOPENED, user, null);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_REOPENED, caseNumber, from + " -> ACTIVE"));
    }

    /** A supervisor gives the case to another caseworker or supervisor of the same agency. */
    @Transactional
    public void reassign(RabtaUser user, String caseNumber, long caseworkerId) {
        VictimCase victimCase = policy.requireForChange(user, caseNumber);
        CaseAccessPolicy.requireSupervisor(user);
        UserAccount target = agencyStaff(user).stream().filter(account -> account.getId() == caseworkerId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("cases.error.caseworkerNotInAgency"));
        if (Objects.equals(victimCase.getCaseworkerId(), target.getId())) {
            return;
        }
        String from = victimCase.getCaseworkerName();
        victimCase.assignTo(target.getId(), target.getFullName());
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        timeline.add(victimCase, CaseEventType.REASSIGNED, user, target.getFullName());
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_REASSIGNED, caseNumber, from + " -> " + target.getFullName()
                + " (" + target.getUsername() + ")"));
    }

    /**
     * People the list can be filtered by and a supervisor may pick to reassign a case to, as a pick list shows them:
     * the agency's active caseworkers and supervisors, up to 30 s old ({@link UserAccountService#activeStaff}).
     * Reassigning checks the target against {@link #agencyStaff}, read afresh.
     */
    public List<StaffMember> caseworkerChoices(RabtaUser user) {
        CaseAccessPolicy.requireCaseRole(user);
        return users.activeStaff(user.agencyId(), EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR));
    }

    /** People a case may be reassigned to: the active caseworkers and supervisors of the agency. */
    private List<UserAccount> agencyStaff(RabtaUser user) {
        Map<Long, UserAccount> staff = new LinkedHashMap<>();
        for (Role role : List.of(Role.CASEWORKER, Role.SUPERVISOR)) {
            users.activeUsersOfAgency(user.agencyId(), role).forEach(account -> staff.putIfAbsent(account.getId(), account));
        }
        return staff.values().stream().sorted(Comparator.comparing(UserAccount::getFullName)).toList();
    }
}
