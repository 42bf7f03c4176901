package org.rabta.accounts;


import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.infrastructure.ExpiringValue;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask of user accounts: who is active in an agency, names, lookups by username, and the
 * accounts Rabta creates itself (demo data, the first administrator). Admins keep users through
 * {@link UserAdministration}; each user keeps their own account through {@link OwnAccount}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class UserAccountService {

    private final UserAccountRepository users;
    private final AgencyService agencies;
    private final PasswordEncoder passwordEncoder;
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
        usersChanged();
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

    /** The user's full name, up to 30 s old; empty for a username no account has. */
    public Optional<String> fullName(String username) {
        return fullNames.get(username);
    }

    /** A user by username, e.g. to name them on a committee roster. */
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

    /** A user was created or changed: the pick lists and names are read afresh once the change commits. */
    void usersChanged() {
        staffChoices.clearAfterCommit();
        fullNames.clearAfterCommit();
    }

    /** A user as the audit trail describes them. */
    static String describe(UserAccount user) {
        return "%s [%s, %s, %s]".formatted(user.getFullName(), user.getAgency().getCode(), user.getRoles(),
                user.isActive() ? "active" : "inactive");
    }
}
