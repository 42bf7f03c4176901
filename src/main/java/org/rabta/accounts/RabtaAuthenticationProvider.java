package org.rabta.accounts;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in for both the form and the API. The authenticated principal carries
 * no password hash, so none is ever written to the session store.
 */
@Component
class RabtaAuthenticationProvider extends DaoAuthenticationProvider {

    RabtaAuthenticationProvider(RabtaUserDetailsService userDetailsService, PasswordEncoder passwordEncoder) {
        super(userDetailsService);
        setPasswordEncoder(passwordEncoder);
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        RabtaUser safeUser = ((RabtaUser) user).withoutCredentials();
        return super.createSuccessAuthentication(safeUser, authentication, safeUser);
    }
}
