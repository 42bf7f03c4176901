package org.rabta.accounts.twofactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * How the browser chain demands the second factor, with Spring Security's multi-factor support: a password
 * sign-in grants {@link FactorGrantedAuthority#PASSWORD_AUTHORITY}; the code page adds {@link #TOTP_AUTHORITY}.
 * For a user who must give a code ({@link RabtaUser#secondFactor()}) every rule built by {@link #requests()} wants
 * both, and a missing {@code FACTOR_TOTP} sends them to {@link #CODE_PAGE}; for everyone else the rules are the
 * plain ones. Only the code page and the enrolment page are reachable with the password alone.
 */
public final class SecondFactorAuthorization {

    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    public static final String CODE_PAGE = "/login/code";
    public static final String ENROL_PAGE = "/account/two-factor/enrol";
    /** The pages a user who still owes the second factor may open (besides signing out). */
    public static final String[] BEFORE_SECOND_FACTOR = {CODE_PAGE, ENROL_PAGE};

    private static final SecurityContextRepository SESSION_CONTEXT = new HttpSessionSecurityContextRepository();

    private SecondFactorAuthorization() {
    }

    public static AuthorizationManagerFactory<RequestAuthorizationContext> requests() {
        return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
                .requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, TOTP_AUTHORITY)
                .when(SecondFactorAuthorization::owesSecondFactor)
                .build();
    }

    /** Whether this sign-in must carry the second factor (decided at sign-in, see SecondFactorRequirement). */
    static boolean owesSecondFactor(Authentication authentication) {
        return authentication.getPrincipal() instanceof RabtaUser user && user.secondFactor().required();
    }

    static boolean hasSecondFactor(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(authority -> TOTP_AUTHORITY.equals(authority.getAuthority()));
    }

    public static boolean isSecondFactorStep(String path) {
        return path.equals(CODE_PAGE) || path.equals(ENROL_PAGE);
    }

    /**
     * Replaces the signed-in user's authentication by one that carries the second factor (and the user as now
     * enrolled), in a new session id: the session just gained rights, so an id seen before must not keep them.
     */
    static void grant(Authentication authentication, RabtaUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication granted = authentication.toBuilder()
                .principal(user)
                .authorities(authorities -> {
                    if (authorities.stream().noneMatch(authority -> TOTP_AUTHORITY.equals(authority.getAuthority()))) {
                        authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_AUTHORITY));
                    }
                })
                .build();
        save(granted, request, response);
        request.changeSessionId();
    }

    /**
     * After the authenticator is removed: the user as they are now, without the factor, so that a role that
     * requires one sends them to enrol again at once.
     */
    static void withdraw(Authentication authentication, RabtaUser user, HttpServletRequest request, HttpServletResponse response) {
        save(authentication.toBuilder()
                .principal(user)
                .authorities(authorities -> authorities.removeIf(authority -> TOTP_AUTHORITY.equals(authority.getAuthority())))
                .build(), request, response);
    }

    private static void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        SESSION_CONTEXT.saveContext(context, request, response);
    }
}
