package org.rabta.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.rabta.audit.AuditActor;
import org.rabta.web.SupportedLocales;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every feature sees it: who, which agency, which roles. Kept in the
 * (PostgreSQL-backed) session, so it holds only small immutable values.
 */
public record RabtaUser(
        long id,
        String username,
        String fullName,
        long agencyId,
        String agencyCode,
        String agencyName,
        String agencyNameUr,
        Set<Role> roles,
        boolean mustChangePassword,
        String passwordHash,
        boolean enabled,
        boolean locked,
        SecondFactor secondFactor) implements UserDetails, AuditActor {

    public RabtaUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static RabtaUser of(UserAccount account, boolean locked, SecondFactor secondFactor) {
        return new RabtaUser(account.getId(), account.getUsername(), account.getFullName(), account.getAgency().getId(),
                account.getAgency().getCode(), account.getAgency().getName(), account.getAgency().getNameUr(), account.getRoles(),
                account.isMustChangePassword(), account.getPasswordHash(),
                account.isActive() && account.getAgency().isActive(), locked, secondFactor);
    }

    /**
     * The user's agency as a reader of the language calls it: its Urdu name in Urdu, where it has one. A session saved
     * before the Urdu name was kept has none, and reads the English name until the next sign-in.
     */
    public String agencyName(Locale locale) {
        return SupportedLocales.name(locale, agencyName, agencyNameUr);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The same user after the password change that was demanded at first sign-in. */
    RabtaUser withPasswordChanged() {
        return new RabtaUser(id, username, fullName, agencyId, agencyCode, agencyName, agencyNameUr, roles, false, null, enabled,
                locked, secondFactor);
    }

    /** Drops the hash once authenticated, so it never sits in a session. */
    RabtaUser withoutCredentials() {
        return new RabtaUser(id, username, fullName, agencyId, agencyCode, agencyName, agencyNameUr, roles, mustChangePassword,
                null, enabled, locked, secondFactor);
    }

    /** The same user after enrolling or removing an authenticator during the session. */
    public RabtaUser withSecondFactor(SecondFactor changed) {
        return new RabtaUser(id, username, fullName, agencyId, agencyCode, agencyName, agencyNameUr, roles, mustChangePassword,
                passwordHash, enabled, locked, changed);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "RabtaUser[" + username + "@" + agencyCode + " " + roles + "]";
    }
}
