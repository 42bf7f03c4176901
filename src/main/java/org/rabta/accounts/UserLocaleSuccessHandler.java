package org.rabta.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rabta.web.SupportedLocales;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in, note the device and address on the session (for the user's list of sessions) and switch to the
 * language the user chose last time, on whatever device.
 */
@Component
class UserLocaleSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final UserAccountRepository users;
    private final LocaleResolver localeResolver;
    private final UserSessions sessions;

    UserLocaleSuccessHandler(UserAccountRepository users, LocaleResolver localeResolver, UserSessions sessions) {
        this.users = users;
        this.sessions = sessions;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        sessions.rememberSignIn(request);
        if (authentication.getPrincipal() instanceof RabtaUser user) {
            users.findById(user.id())
                    .flatMap(account -> SupportedLocales.fromTag(account.getPreferredLocale()))
                    .ifPresent(locale -> localeResolver.setLocale(request, response, locale));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
