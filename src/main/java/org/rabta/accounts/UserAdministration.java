package org.rabta.accounts;

import static org.rabta.shared.Text.blankToNull;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users as admins keep them: find, create, edit, deactivate, unlock, and give a one-time password. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
public class UserAdministration {

    /** The audited actions that change a user's version (sign-in counters do not: they are unversioned updates). */
    private static final List<AccountAuditAction> CHANGES = List.of(AccountAuditAction.USER_CREATED,
            AccountAuditAction.USER_UPDATED, AccountAuditAction.USER_DEACTIVATED, AccountAuditAction.USER_REACTIVATED,
            AccountAuditAction.USER_UNLOCKED, AccountAuditAction.USER_PASSWORD_RESET, AccountAuditAction.PASSWORD_CHANGED);

    private final UserAccountRepository users;
    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final AuditTrail audit;

    public Page<UserAccount> search(String query, Long agencyId, Role role, Pageable pageable) {
        return users.search(blankToNull(query), agencyId, role, pageable);
    }

    public UserAccount user(long id) {
        return users.findWithAgencyById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    /** Creates a user with a one-time password, returned once so the admin can hand it over. */
    @Transactional
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
        accounts.usersChanged();
        audit.record(AuditRecord.of(AccountAuditAction.USER_CREATED, "USER", user.getUsername(), UserAccountService.describe(user)));
        return new IssuedPassword(user, oneTimePassword);
    }

    @Transactional
    public UserAccount update(long id, UserForm form) {
        UserAccount user = user(id);
        audit.requireVersion(form.version(), user.getVersion(), "USER", user.getUsername(), CHANGES);
        if (user.hasRole(Role.ADMIN) && !form.roles().contains(Role.ADMIN) && user.isActive()) {
            ensureAnotherActiveAdmin(user);
        }
        Agency agency = user.getAgency().getId().equals(form.agencyId()) ? user.getAgency() : activeAgency(form.agencyId());
        String before = UserAccountService.describe(user);
        Set<Role> rolesBefore = user.getRoles();
        long agencyBefore = user.getAgency().getId();
        user.updateProfile(form.fullName().strip(), blankToNull(form.email()), blankToNull(form.phone()), agency, form.roles());
        accounts.usersChanged();
        audit.record(AuditRecord.of(AccountAuditAction.USER_UPDATED,
                "USER", user.getUsername(), before + " -> " + UserAccountService.describe(user)));
        if (!rolesBefore.equals(user.getRoles()) || agencyBefore != agency.getId()) {
            // Roles and agency live in the signed-in principal: make the user sign in again to pick them up.
            sessions.endAll(user.getUsername());
        }
        return user;
    }

    @Transactional
    public void setActive(long id, boolean active) {
        UserAccount user = user(id);
        if (!active && user.hasRole(Role.ADMIN) && user.isActive()) {
            ensureAnotherActiveAdmin(user);
        }
        user.setActive(active);
        accounts.usersChanged();
        audit.record(AuditRecord.of(active ? AccountAuditAction.USER_REACTIVATED : AccountAuditAction.USER_DEACTIVATED,
                "USER", user.getUsername(), null));
        if (!active) {
            sessions.endAll(user.getUsername());
        }
    }

    @Transactional
    public void unlock(long id) {
        UserAccount user = user(id);
        user.unlock();
        audit.record(AuditRecord.of(AccountAuditAction.USER_UNLOCKED, "USER", user.getUsername(), null));
    }

    @Transactional
    public IssuedPassword resetPassword(long id) {
        UserAccount user = user(id);
        String oneTimePassword = passwordPolicy.oneTimePassword();
        user.changePassword(passwordEncoder.encode(oneTimePassword), true);
        user.unlock();
        audit.record(AuditRecord.of(AccountAuditAction.USER_PASSWORD_RESET, "USER", user.getUsername(), null));
        sessions.endAll(user.getUsername());
        return new IssuedPassword(user, oneTimePassword);
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

    /** A password shown to the admin exactly once. */
    public record IssuedPassword(UserAccount user, String password) {
    }
}
