package org.rabta.committees;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.referrals.Reviewers;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters: terms on committees and the rules that keep a roster sound. One chair and one secretary at a time; the
 * same person never holds two terms on one committee that share a day. The rules are checked here, under a lock
 * on the committee so that concurrent changes to one roster queue up, and again by PostgreSQL's exclusion
 * constraints, so that nothing that bypasses this service can break them either.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class RosterService {

    static final int HISTORY_LIMIT = 200;

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;
    private final CommitteeAccess access;
    private final UserAccountService users;
    private final AgencyService agencies;
    private final AgencySectors sectors;
    private final Reviewers reviewers;
    private final AuditTrail audit;
    private final Clock clock;

    /** Who sat on the committee on that day (today when null), and the roster's gaps on that day. */
    public Roster roster(RabtaUser user, long committeeId, LocalDate on) {
        Committee committee = access.readable(user, committeeId);
        LocalDate day = on == null ? access.today() : on;
        return Roster.of(committee, day, entries(memberships.findCurrent(committeeId, day)));
    }

    /** Today's roster of every active committee, for an administrator: one read of all terms, not one per committee. */
    public List<Roster> activeRosters(RabtaUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            return List.of();
        }
        LocalDate today = access.today();
        List<Membership> terms = memberships.findCurrentOnAll(today);
        Map<Long, Long> committeeOf = terms.stream().collect(Collectors.toMap(Membership::getId, Membership::getCommitteeId));
        Map<Long, List<RosterEntry>> byCommittee = entries(terms).stream()
                .collect(Collectors.groupingBy(entry -> committeeOf.get(entry.membershipId())));
        return committees.findAllOrdered().stream().filter(Committee::isActive)
                .map(committee -> Roster.of(committee, today, byCommittee.getOrDefault(committee.getId(), List.of())))
                .toList();
    }

    /** Every term on the committee, latest first (the first {@value #HISTORY_LIMIT}). */
    public List<RosterEntry> history(RabtaUser user, long committeeId) {
        access.readable(user, committeeId);
        return entries(memberships.findHistory(committeeId, PageRequest.of(0, HISTORY_LIMIT)));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Membership add(long committeeId, MembershipForm form) {
        Committee committee = committees.lockById(committeeId).orElseThrow(() -> new RecordNotFoundException("Committee", committeeId));
        if (!committee.isActive()) {
            throw new BusinessRuleException("committees.error.inactive");
        }
        Person person = person(form);
        Agency agency = agencies.findByCode(form.agencyCode())
                .filter(Agency::isActive)
                .orElseThrow(() -> BusinessRuleException.onField("agencyCode", "committees.error.unknownAgency",
                        form.agencyCode()));
        if (form.to() != null && form.to().isBefore(form.from())) {
            throw BusinessRuleException.onField("to", "committees.error.termOrder");
        }
        checkRules(committeeId, 0, person.userId(), person.externalName(), form.role(), form.from(), form.to());
        Membership membership = new Membership(committeeId, person.userId(), person.externalName(),
                blankToNull(form.designation()), blankToNull(form.phone()), blankToNull(form.email()), agency.getId(),
                form.role(), form.sector(), form.from(), form.to(), clock.instant(), currentUsername());
        saveChecked(membership);
        reviewers.termsChanged();
        access.termsChanged();
        audit.record(AuditRecord.of(CommitteeAuditAction.COMMITTEE_MEMBERSHIP_ADDED,
                "COMMITTEE", String.valueOf(committeeId),
                "%s as %s for %s%s, %s to %s".formatted(person.label(), form.role(), agency.getCode(),
                        form.sector() == null ? "" : " (" + form.sector() + ")", form.from(), form.to() == null ? "open" : form.to())));
        return membership;
    }

    /** Ends (or moves the end of) a term: {@code lastDay} is the last day the person sits on the committee. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Membership endTerm(long membershipId, LocalDate lastDay, Long version) {
        Membership membership = memberships.findById(membershipId)
                .orElseThrow(() -> new RecordNotFoundException("Membership", membershipId));
        committees.lockById(membership.getCommitteeId());
        ConcurrentEditException.throwIfStale(version, membership.getVersion(), "Membership " + membershipId, null, null);
        if (lastDay == null) {
            throw new BusinessRuleException("committees.error.lastDayRequired");
        }
        if (lastDay.isBefore(membership.getFrom())) {
            throw BusinessRuleException.onField("to", "committees.error.termOrder");
        }
        checkRules(membership.getCommitteeId(), membershipId, membership.getUserId(), membership.getExternalName(),
                membership.getRole(), membership.getFrom(), lastDay);
        LocalDate before = membership.getTo();
        membership.endOn(lastDay);
        saveChecked(membership);
        reviewers.termsChanged();
        access.termsChanged();
        audit.record(AuditRecord.of(CommitteeAuditAction.COMMITTEE_TERM_ENDED,
                "COMMITTEE", String.valueOf(membership.getCommitteeId()),
                "membership %d: last day %s -> %s".formatted(membershipId, before == null ? "open" : before, lastDay)));
        return membership;
    }

    /**
     * Terms as roster entries: people and agencies loaded in one query each, whatever the roster's size. A term that
     * names its sector represents that sector alone; any other, its agency's sectors.
     */
    List<RosterEntry> entries(List<Membership> terms) {
        Map<Long, UserAccount> people = users.usersById(terms.stream().map(Membership::getUserId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        Map<Long, Agency> represented = agenciesById(terms.stream().map(Membership::getAgencyId).collect(Collectors.toSet()));
        Map<Long, Set<Sector>> agencySectors = sectors.sectorsOf(represented.values());
        return terms.stream().map(term -> {
            UserAccount person = term.getUserId() == null ? null : people.get(term.getUserId());
            Agency agency = represented.get(term.getAgencyId());
            return new RosterEntry(term.getId(), term.getRole(),
                    person == null ? term.getExternalName() : person.getFullName(),
                    person == null ? null : person.getUsername(),
                    term.getDesignation(),
                    person == null ? term.getPhone() : firstNonNull(term.getPhone(), person.getPhone()),
                    person == null ? term.getEmail() : firstNonNull(term.getEmail(), person.getEmail()),
                    agency.getCode(), agency.getName(), agency.getNameUr(),
                    term.getSector() != null ? Set.of(term.getSector()) : agencySectors.getOrDefault(agency.getId(), Set.of()),
                    term.getFrom(), term.getTo(), term.getVersion());
        }).toList();
    }

    Map<Long, Agency> agenciesById(Collection<Long> ids) {
        return agencies.agencies(ids).stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
    }

    private void checkRules(long committeeId, long exceptId, Long userId, String externalName, MembershipRole role,
                            LocalDate from, LocalDate to) {
        List<Membership> overlapping = to == null
                ? memberships.findOverlappingOpenEnded(committeeId, exceptId, from)
                : memberships.findOverlapping(committeeId, exceptId, from, to);
        if (overlapping.stream().anyMatch(term -> term.isSamePerson(userId, externalName))) {
            throw BusinessRuleException.onField("from", "committees.error.overlappingTerm");
        }
        if (role == MembershipRole.CHAIR && overlapping.stream().anyMatch(term -> term.getRole() == MembershipRole.CHAIR)) {
            throw BusinessRuleException.onField("role", "committees.error.chairTaken");
        }
        if (role == MembershipRole.SECRETARY
                && overlapping.stream().anyMatch(term -> term.getRole() == MembershipRole.SECRETARY)) {
            throw BusinessRuleException.onField("role", "committees.error.secretaryTaken");
        }
    }

    /** Saves and flushes, so that a rule the database enforces is reported as that rule. */
    private void saveChecked(Membership membership) {
        try {
            memberships.saveAndFlush(membership);
        } catch (DataIntegrityViolationException e) {
            throw ruleBrokenIn(e);
        }
    }

    static BusinessRuleException ruleBrokenIn(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("membership_one_chair")) {
            return BusinessRuleException.onField("role", "committees.error.chairTaken");
        }
        if (message.contains("membership_one_secretary")) {
            return BusinessRuleException.onField("role", "committees.error.secretaryTaken");
        }
        if (message.contains("membership_no_overlap")) {
            return BusinessRuleException.onField("from", "committees.error.overlappingTerm");
        }
        throw e;
    }

    private Person person(MembershipForm form) {
        boolean byUser = form.username() != null && !form.username().isBlank();
        boolean external = form.externalName() != null && !form.externalName().isBlank();
        if (byUser == external) {
            throw BusinessRuleException.onField("username", "committees.error.personRequired");
        }
        if (byUser) {
            UserAccount account = users.findByUsername(form.username())
                    .filter(UserAccount::isActive)
                    .orElseThrow(() -> BusinessRuleException.onField("username", "committees.error.unknownUser",
                            form.username().strip()));
            return new Person(account.getId(), null, account.getUsername());
        }
        return new Person(null, form.externalName().strip(), form.externalName().strip());
    }

    private static String currentUsername() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(authentication -> authentication.getName()).orElse("system");
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    private record Person(Long userId, String externalName, String label) {
    }
}
