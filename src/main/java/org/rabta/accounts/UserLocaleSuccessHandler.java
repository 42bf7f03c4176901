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

/** After sign-in, switch to the language the user chose last time, on whatever device. */
@Component
class UserLocaleSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final UserAccountRepository users;
    private final LocaleResolver localeResolver;

    UserLocaleSuccessHandler(UserAccountRepository users, LocaleResolver localeResolver) {
        this.users = users;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof RabtaUser user) {
            users.findById(user.id())
                    .flatMap(account -> SupportedLocales.fromTag(account.getPreferredLocale()))
                    .ifPresent(locale -> localeResolver.setLocale(request, response, locale));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
