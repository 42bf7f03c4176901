package org.rabta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rabta.web.Downloads;
import org.rabta.web.SupportedLocales;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When a signed-in user switches language, remember it in their profile; but not when the language is asked of a
 * download, which is in that language for that file only.
 */
class UserLocaleInterceptor implements HandlerInterceptor {

    private final OwnAccount accounts;

    UserLocaleInterceptor(OwnAccount accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String requested = request.getParameter("lang");
        if (requested != null && !Downloads.isDownload(request)
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof RabtaUser user) {
            SupportedLocales.fromTag(requested).ifPresent(locale -> accounts.rememberLocale(user.id(), locale));
        }
        return true;
    }
}
