package org.rabta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Begins the page's transaction ({@link PageTransactions}) for a GET or HEAD of a screen, before the session is read,
 * and ends it at the end of the request if the handler did not. Not for the static assets (which touch no database),
 * the API (stateless, each call its own work) or the actuator (whose health check must answer when the database
 * does not).
 */
class PageTransactionFilter extends OncePerRequestFilter {

    private final PageTransactions pages;

    PageTransactionFilter(PageTransactions pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("GET".equals(method) || "HEAD".equals(method)) || path.startsWith("/api/")
                || path.startsWith("/actuator/") || StaticAssets.isAsset(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        pages.begin(request);
        try {
            chain.doFilter(request, response);
        } finally {
            pages.end(request);
        }
    }
}
