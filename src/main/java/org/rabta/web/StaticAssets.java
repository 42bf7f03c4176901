package org.rabta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The files Rabta serves as they are (static/, the webjars and the fonts): the same for everyone, so a request for one needs
 * neither the session nor the database. One list for the security chain that serves them without a session and for
 * the page transaction that leaves them out.
 */
public final class StaticAssets {

    public static final RequestMatcher REQUESTS = new OrRequestMatcher(Arrays.stream(new String[] {
            "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", FontConfiguration.FONTS})
            .map(PathPatternRequestMatcher::pathPattern).map(RequestMatcher.class::cast).toList());

    private StaticAssets() {
    }

    public static boolean isAsset(HttpServletRequest request) {
        return REQUESTS.matches(request);
    }

    /**
     * Serves the request as if it carried no session cookie: whatever asks for the session on the way to a file
     * (Spring MVC looks for flash attributes on every request; a session id is checked for validity) gets none,
     * instead of a read of PostgreSQL.
     */
    public static final class WithoutSession extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public HttpSession getSession(boolean create) {
                    return create ? super.getSession(true) : null;
                }

                @Override
                public String getRequestedSessionId() {
                    return null;
                }

                @Override
                public boolean isRequestedSessionIdValid() {
                    return false;
                }
            }, response);
        }
    }
}
