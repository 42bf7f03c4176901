package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One database transaction for the reading of a page: the session, the layout's counters, every section of the page
 * and the audit lines of what it shows, instead of a transaction for each (issue 14: a page view costs at most two).
 * Begun by {@link PageTransactionFilter} before the session is read, ended when the handler is done and before the
 * view renders ({@link PageTransactionConfiguration}), so no database connection is held while a template renders
 * or a response is written to a slow client. Read-write, because the audit lines of the reads share it: a page's
 * reads and their audit commit together. The services' own {@code @Transactional} methods join it.
 * <p>
 * A part of the page that fails inside a service marks the transaction for rollback, as its own transaction would have
 * been rolled back: then the page's transaction is rolled back before the failure is answered, so what answers it
 * (such as the audit line of a denied request, web.DeniedProbes) runs in a transaction of its own, as before.
 */
@Component
@RequiredArgsConstructor
public class PageTransactions {

    private static final String STATUS = PageTransactions.class.getName() + ".status";
    private static final String NAME_PREFIX = "page ";

    private final PlatformTransactionManager transactions;

    void begin(HttpServletRequest request) {
        DefaultTransactionDefinition page = new DefaultTransactionDefinition();
        page.setName(NAME_PREFIX + request.getMethod() + " " + request.getRequestURI());
        request.setAttribute(STATUS, transactions.getTransaction(page));
    }

    /**
     * Whether the current transaction is a page's own (not one a service began apart from it), so that what joins it
     * (the session's read) knows it will be committed with the page's reads.
     */
    public static boolean isActive() {
        String name = TransactionSynchronizationManager.getCurrentTransactionName();
        return TransactionSynchronizationManager.isActualTransactionActive() && name != null && name.startsWith(NAME_PREFIX);
    }

    /** Commits the page's transaction (rolls it back when a part failed); nothing when none is open. */
    void end(HttpServletRequest request) {
        if (!(request.getAttribute(STATUS) instanceof TransactionStatus status)) {
            return;
        }
        request.removeAttribute(STATUS);
        if (status.isRollbackOnly()) {
            transactions.rollback(status);
        } else {
            transactions.commit(status);
        }
    }
}
