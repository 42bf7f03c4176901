package org.rabta.accounts.apitokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rabta.accounts.ProblemDetailSecurityHandlers;
import org.rabta.accounts.RabtaUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic carries a password and nothing more, so it cannot stand for a user who must give a second factor:
 * such a user calls the API with a personal API token. Runs right after the Basic filter.
 */
public class BasicRefusedWithSecondFactor extends OncePerRequestFilter {

    private final ProblemDetailSecurityHandlers problems;

    public BasicRefusedWithSecondFactor(ProblemDetailSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getPrincipal() instanceof RabtaUser user && user.secondFactor().required()) {
            SecurityContextHolder.clearContext();
            problems.reject(request, response, HttpStatus.UNAUTHORIZED, "This account signs in with a second factor, which "
                    + "HTTP Basic cannot carry: use a personal API token (Authorization: Bearer ...) from the account page.");
            return;
        }
        chain.doFilter(request, response);
    }
}
