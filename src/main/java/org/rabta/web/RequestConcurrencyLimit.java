package org.rabta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code rabta.limits.concurrent-requests} requests work at once (by default two per processor, and
 * always two fewer than the connection pool holds, which scheduled jobs share); the next ones wait up to
 * {@code rabta.limits.request-queue-wait} for a turn (in arrival order) and are then refused with 503 and
 * {@code Retry-After}, nothing done.
 * <p>
 * Why: on two cores, more requests at once only share the same CPU more thinly, and each holds a database connection
 * in turn; with Tomcat's 200 threads racing for the pool's 10 connections, a burst made requests wait 30 s for a
 * connection and fail with a 500 ("Connection is not available"). Bounded here, before the session is read, a
 * request that gets in finds a connection at once, and the overflow gets a quick, honest answer. Static assets and
 * the health check are never held back: they need no database and must answer under load.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestConcurrencyLimit extends OncePerRequestFilter {

    private static final List<String> UNLIMITED = List.of("/css/", "/js/", "/images/", "/webjars/", "/favicon.ico",
            "/actuator/health");

    private final Semaphore turns;
    private final Duration wait;
    private final ServiceUnavailable unavailable;

    @Autowired
    RequestConcurrencyLimit(@Value("${rabta.limits.concurrent-requests}") int concurrentRequests,
                            @Value("${spring.datasource.hikari.maximum-pool-size}") int poolSize,
                            @Value("${rabta.limits.request-queue-wait}") Duration wait, ServiceUnavailable unavailable) {
        this(turns(concurrentRequests, poolSize), wait, unavailable);
    }

    RequestConcurrencyLimit(int concurrentRequests, Duration wait, ServiceUnavailable unavailable) {
        this.turns = new Semaphore(concurrentRequests, true);
        this.wait = wait;
        this.unavailable = unavailable;
    }

    /**
     * CPU is what a page mostly spends (its SQL takes a few milliseconds), so more requests at once than about two per
     * core only make each slower; and a request that gets in must find a connection without waiting.
     */
    static int turns(int configured, int poolSize) {
        int wanted = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(wanted, poolSize - 2));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UNLIMITED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!awaitTurn()) {
            unavailable.write(request, response, ServiceUnavailable.Reason.BUSY);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
