package org.rabta.accounts.apitokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rabta.accounts.ProblemDetailSecurityHandlers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API. A request without one passes on to HTTP Basic; a request with a
 * bad one is refused here and never falls back to another way in. Not a bean on purpose (see MustChangePasswordFilter).
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ProblemDetailSecurityHandlers problems;

    public ApiTokenAuthenticationFilter(ApiTokenService tokens, ProblemDetailSecurityHandlers problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        switch (tokens.authenticate(header.substring(BEARER.length()).strip(), request.getMethod(), path)) {
            case ACCEPTED -> chain.doFilter(request, response);
            case READ_ONLY -> problems.reject(request, response, HttpStatus.FORBIDDEN,
                    "This API token is read-only: it allows only GET and HEAD requests.");
            case REFUSED -> problems.reject(request, response, HttpStatus.UNAUTHORIZED,
                    "The API token is not valid: it is unknown, expired or revoked, or its user may no longer sign in.");
        }
    }
}
