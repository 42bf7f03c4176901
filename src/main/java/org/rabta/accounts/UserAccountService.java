package org.rabta.accounts;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.infrastructure.ExpiringValue;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users: administration by admins, and each user's own password and language. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class UserAccountService {

    /** The audited actions that change a user's version (sign-in counters do not: they are unversioned updates). */
    private static final List<AccountAuditAction> CHANGES = List.of(AccountAuditAction.USER_CREATED,
            AccountAuditAction.USER_UPDATED, AccountAuditAction.USER_DEACTIVATED, AccountAuditAction.USER_REACTIVATED,
            AccountAuditAction.USER_UNLOCKED, AccountAuditAction.USER_PASSWORD_RESET, AccountAuditAction.PASSWORD_CHANGED);

    private final UserAccountRepository users;
    private final AgencyService agencies;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final LoginAttempts loginAttempts;
    private final Clock clock;
    private final AuditTrail audit;
    /**
     * Pick lists of an agency's staff (the case list's caseworker filter, on every page), kept 30 s in memory per
     * agency and set of roles. A change to a user through this instance clears them when it commits; on another
     * instance of Rabta the change shows within the 30 s.
     */
    private final ExpiringValue<StaffKey, List<StaffMember>> staffChoices =
            new ExpiringValue<>(Duration.ofSeconds(30), this::loadActiveStaff);
    /** Full names by username ("registered by" on every case page), kept and cleared like the pick lists. */
    private final ExpiringValue<String, Optional<String>> fullNames =
            new ExpiringValue<>(Duration.ofSeconds(30), username -> findByUsername(username).map(UserAccount::getFullName));

    private record StaffKey(long agencyId, Set<Role> roles) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserAccount> search(String query, Long agencyId, Role role, Pageable pageable) {
        return users.search(blankToNull(query), agencyId, role, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount user(long id) {
        return users.findWithAgencyById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    /** A user's account for the user themself (their profile page). */
    public UserAccount own(RabtaUser principal) {
        return users.findById(principal.id()).orElseThrow(() -> new RecordNotFoundException("User", principal.id()));
    }

    /** Creates a user with a one-time password, returned once so the admin can hand it over. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword create(UserForm form) {
        if (users.findByUsername(Usernames.normalise(form.username())).isPresent()) {
            throw BusinessRuleException.onField("username", "admin.user.error.usernameTaken", form.username());
        }
        Agency agency = activeAgency(form.agencyId());
        String oneTimePassword = passwordPolicy.oneTimePassword();
        UserAccount user = new UserAccount(form.username(), form.fullName().strip(), agency,
                passwordEncoder.encode(oneTimePassword), true);
        user.updateProfile(form.fullName().strip(), blankToNull(form.email()), blankToNull(form.phone()), agency, form.roles());
        users.save(user);
        staffChoices.clearAfterCommit();
        fullNames.clearAfterCommit();
        audit.record(AuditRecord.of(AccountAuditAction.USER_CREATED, "USER", user.getUsername(), describe(user)));
        return new IssuedPassword(user, oneTimePassword);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, UserForm form) {
        UserAccount user = user(id);
        audit.requireVersion(form.version(), user.getVersion(), "USER", user.getUsername(), CHANGES);
        if (user.hasRole(Role.ADMIN) && !form.roles().contains(Role.ADMIN) && user.isActive()) {
            ensureAnotherActiveAdmin(user);
        }
        Agency agency = user.getAgency().getId().equals(form.agencyId()) ? user.getAgency() : activeAgency(form.agencyId());
        String before = describe(user);
        Set<Role> rolesBefore = user.getRoles();
        long agencyBefore = user.getAgency().getId();
        user.updateProfile(form.fullName().strip(), blankToNull(form.email()), blankToNull(form.phone()), agency, form.roles());
        staffChoices.clearAfterCommit();
        fullNames.clearAfterCommit();
        audit.record(AuditRecord.of(AccountAuditAction.USER_UPDATED,
                "USER", user.getUsername(), before + " -> " + describe(user)));
        if (!rolesBefore.equals(user.getRoles()) || agencyBefore != agency.getId()) {
            // Roles and agency live in the signed-in principal: make the user sign in again to pick them up.
            endSessions(user.getUsername());
        }
        return user;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(long id, boolean active) {
        UserAccount user = user(id);
        if (!active && user.hasRole(Role.ADMIN) && user.isActive()) {
            ensureAnotherActiveAdmin(user);
        }
        user.setActive(active);
        staffChoices.clearAfterCommit();
        fullNames.clearAfterCommit();
        audit.record(AuditRecord.of(active ? AccountAuditAction.USER_REACTIVATED : AccountAuditAction.USER_DEACTIVATED,
                "USER", user.getUsername(), null));
        if (!active) {
            endSessions(user.getUsername());
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(long id) {
        UserAccount user = user(id);
        user.unlock();
        audit.record(AuditRecord.of(AccountAuditAction.USER_UNLOCKED, "USER", user.getUsername(), null));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword resetPassword(long id) {
        UserAccount user = user(id);
        String oneTimePassword = passwordPolicy.oneTimePassword();
        user.changePassword(passwordEncoder.encode(oneTimePassword), true);
        user.unlock();
        audit.record(AuditRecord.of(AccountAuditAction.USER_PASSWORD_RESET, "USER", user.getUsername(), null));
        endSessions(user.getUsername());
        return new IssuedPassword(user, oneTimePassword);
    }

    /**
     * The user's own change; the current password must be right and the new one must follow the policy. A wrong
     * current password counts toward the lockout like a failed sign-in, and a locked account changes nothing (see
     * {@link WrongCurrentPasswordException}). The change ends the user's other sessions: whoever signed in with the old
     * password elsewhere must sign in again.
     *
     * @param currentSessionId the session the change is made in, which stays signed in
     */
    @Transactional
    public void changeOwnPassword(RabtaUser principal, String currentPassword, String newPassword, String currentSessionId) {
        UserAccount user = own(principal);
        if (user.isLockedAt(clock.instant())) {
            throw new WrongCurrentPasswordException(true);
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new WrongCurrentPasswordException(loginAttempts.recordWrongCurrentPassword(user.getUsername()));
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("account.password.error.sameAsCurrent");
        }
        passwordPolicy.violation(user.getUsername(), newPassword).ifPresent(code -> {
            throw new BusinessRuleException(code, PasswordPolicy.MIN_LENGTH);
        });
        user.changePassword(passwordEncoder.encode(newPassword), false);
        audit.record(AuditRecord.of(AccountAuditAction.PASSWORD_CHANGED, "USER", user.getUsername(), null));
        sessions.endAllBut(user.getUsername(), currentSessionId);
    }

    /** Ends every session of a user whose account just locked while signed in, the current one included. */
    public void endAllSessions(RabtaUser principal) {
        sessions.endAll(principal.username());
    }

    @Transactional
    public void rememberLocale(long userId, Locale locale) {
        users.rememberLocale(userId, locale.getLanguage());
    }

    /** Users of an agency, e.g. for a supervisor reassigning a case within it. */
    public List<UserAccount> activeUsersOfAgency(long agencyId, Role role) {
        return users.search(null, agencyId, role, Pageable.unpaged()).stream().filter(UserAccount::isActive).toList();
    }

    /**
     * The active users of an agency with any of these roles, by name, for a pick list. Up to 30 s old (see
     * {@link #staffChoices}): rules that depend on who is active read {@link #activeUsersOfAgency} instead.
     */
    public List<StaffMember> activeStaff(long agencyId, Set<Role> roles) {
        return staffChoices.get(new StaffKey(agencyId, Set.copyOf(roles)));
    }

    private List<StaffMember> loadActiveStaff(StaffKey key) {
        return key.roles().stream()
                .flatMap(role -> activeUsersOfAgency(key.agencyId(), role).stream())
                .map(user -> new StaffMember(user.getId(), user.getFullName()))
                .distinct()
                .sorted(Comparator.comparing(StaffMember::fullName))
                .toList();
    }

    /** For demo data and the first production admin: a user with a known password, not forced to change it. */
    @Transactional
    public UserAccount createWithPassword(String username, String fullName, String agencyCode, Set<Role> roles,
                                          String password, boolean mustChangePassword) {
        Agency agency = agencies.byCode(agencyCode);
        UserAccount user = new UserAccount(username, fullName, agency, passwordEncoder.encode(password), mustChangePassword);
        user.updateProfile(fullName, null, null, agency, roles);
        users.save(user);
        staffChoices.clearAfterCommit();
        fullNames.clearAfterCommit();
        audit.record(AuditRecord.of(AccountAuditAction.USER_CREATED,
                "USER", user.getUsername(), describe(user)).byActor("system"));
        return user;
    }

    /**
     * For work Rabta does on a user's behalf (demo data): the active user as the services see them signed in, without
     * credentials. Only Rabta itself ({@link SystemIdentity#run}) may ask; a person can never act as another.
     */
    public RabtaUser actingUser(String username) {
        if (!SystemIdentity.isCurrent()) {
            throw new AccessDeniedException("Only Rabta itself acts on a user's behalf");
        }
        UserAccount account = users.findByUsername(Usernames.normalise(username)).filter(UserAccount::isActive)
                .orElseThrow(() -> new RecordNotFoundException("User", username));
        return RabtaUser.of(account, false, SecondFactor.NONE).withoutCredentials();
    }

    public boolean exists(String username) {
        return users.findByUsername(Usernames.normalise(username)).isPresent();
    }

    /** A user by username, e.g. to name them on a committee roster. */
    /** The user's full name, up to 30 s old; empty for a username no account has. */
    public Optional<String> fullName(String username) {
        return fullNames.get(username);
    }

    public Optional<UserAccount> findByUsername(String username) {
        String normalised = Usernames.normalise(username);
        return normalised.isEmpty() ? Optional.empty() : users.findByUsername(normalised);
    }

    /** Users by id in one query (with their agencies), for lists that show many people. */
    public List<UserAccount> usersById(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.findAllById(ids);
    }

    public boolean activeAdminExists() {
        return users.existsActiveWithRole(Role.ADMIN);
    }

    private void ensureAnotherActiveAdmin(UserAccount user) {
        boolean another = users.lockActiveUsersWithRole(Role.ADMIN).stream().anyMatch(admin -> !admin.getId().equals(user.getId()));
        if (!another) {
            throw BusinessRuleException.onField("roles", "admin.user.error.lastAdmin");
        }
    }

    private Agency activeAgency(long agencyId) {
        Agency agency = agencies.agency(agencyId);
        if (!agency.isActive()) {
            throw BusinessRuleException.onField("agencyId", "admin.user.error.agencyInactive", agency.getName());
        }
        return agency;
    }

    private void endSessions(String username) {
        sessions.endAll(username);
    }

    private static String describe(UserAccount user) {
        return "%s [%s, %s, %s]".formatted(user.getFullName(), user.getAgency().getCode(), user.getRoles(),
                user.isActive() ? "active" : "inactive");
    }

    /** A password shown to the admin exactly once. */
    public record IssuedPassword(UserAccount user, String password) {
    }
}
