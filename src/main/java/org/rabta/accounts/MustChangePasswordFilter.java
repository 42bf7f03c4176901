package org.rabta.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rabta.accounts.twofactor.SecondFactorAuthorization;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a one-time password may do nothing but choose their own password (or sign
 * out) until they have done so. In a browser they are sent to the form; on the API they get 403.
 * Not a bean on purpose: a filter bean would also be registered with the servlet container and
 * run outside the security chain.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    private final ProblemDetailSecurityHandlers apiProblems;

    /** @param apiProblems answers API requests; null for the browser chain, which redirects instead */
    MustChangePasswordFilter(ProblemDetailSecurityHandlers apiProblems) {
        this.apiProblems = apiProblems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RabtaUser user
                && user.mustChangePassword() && !isAllowed(request)) {
            if (apiProblems != null) {
                apiProblems.handle(request, response,
                        new AccessDeniedException("Password change required"));
            } else if ("true".equals(request.getHeader("HX-Request"))) {
                // A fragment the page refreshes by itself (the work-list count): nothing to show until the password is
                // changed. A redirect would be followed and the whole password page swapped into the navigation.
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHANGE_PASSWORD_PATH) || path.equals("/logout") || path.equals("/error")
                || SecondFactorAuthorization.isSecondFactorStep(path);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
