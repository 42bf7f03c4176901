package org.rabta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.infrastructure.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because PostgreSQL is out of reach answers 503 with {@code Retry-After} (a translated page, or
 * a problem detail on the API) instead of a 500, a sign-in page saying the password was wrong, or a 401.
 * <p>
 * It is the outermost of Rabta's filters, outside Spring Session's (which reads the session from the database before
 * anything else runs) and Spring Security's: wherever the database fails, the session read, the sign-in's user
 * lookup, a controller's transaction or the session write at the end, the failure comes up through here. How soon it
 * comes is set by the connection pool ({@code spring.datasource.hikari.connection-timeout} in application.yml): a
 * stopped database fails a request within that time. A change refused this way is not half-saved: its transaction
 * never began, or rolled back when the connection broke.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ServiceUnavailable unavailable;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<DatabaseOutage.Kind> outage = DatabaseOutage.of(e);
            if (outage.isEmpty() || response.isCommitted()) {
                throw e;
            }
            // One line, not the stack trace: during an outage every request ends here.
            log.warn("{} {} answered 503: database {} ({})", request.getMethod(), request.getRequestURI(),
                    outage.get().name().toLowerCase(Locale.ROOT).replace('_', ' '), rootMessage(e));
            response.reset();
            unavailable.write(request, response, outage.get() == DatabaseOutage.Kind.POOL_EXHAUSTED
                    ? ServiceUnavailable.Reason.BUSY : ServiceUnavailable.Reason.DATABASE);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
