package org.rabta.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's PostgreSQL store as Rabta uses it, with two requests fewer on the database per page.
 * <p>
 * The last-access time is kept to the minute ({@link #LAST_ACCESS_PRECISION}): a session read more than a minute after
 * its recorded last access is recorded as accessed now, at once, in the transaction that read it (the page's, see
 * web.PageTransactionFilter); a session read within the minute is not written at all. The store itself writes the
 * time on every request, which costs an UPDATE (and a transaction) per page, per htmx fragment and per image. So
 * the account page's "last activity" is exact to a minute and a session expires between 29 and 30 minutes after
 * its last use instead of exactly 30; sessions stay in PostgreSQL, listable, revocable, and survive a restart.
 * <p>
 * Within one request ({@link OneReadPerRequest}) a session is read once: Spring Session's filter saves the session when
 * the response is committed and again at the end of the request, and looks the session up again after the first
 * save; that second look-up is answered from the first.
 */
final class SessionStore implements FindByIndexNameSessionRepository<SessionStore.StoredSession> {

    static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

    /** The sessions read by the current request, by id; null outside a request. */
    private static final ThreadLocal<Map<String, StoredSession>> READ_BY_REQUEST = new ThreadLocal<>();

    /** The JDBC store, typed by the interface: its session class is its own (package-private). */
    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings("unchecked") // the store is only ever given back the sessions it made
    SessionStore(JdbcIndexedSessionRepository store) {
        this.store = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store;
    }

    /** Around Spring Session's filter: each session is read from the store at most once per request. */
    static final class OneReadPerRequest extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Map<String, StoredSession> outer = READ_BY_REQUEST.get();
            READ_BY_REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                READ_BY_REQUEST.set(outer);
            }
        }
    }

    @Override
    public StoredSession createSession() {
        return new StoredSession(store.createSession());
    }

    @Override
    public void save(StoredSession session) {
        store.save(session.stored);
    }

    @Override
    public StoredSession findById(String id) {
        Map<String, StoredSession> readByRequest = READ_BY_REQUEST.get();
        if (readByRequest != null && readByRequest.containsKey(id)) {
            return readByRequest.get(id);
        }
        Session found = store.findById(id);
        StoredSession session = found == null ? null : new StoredSession(touched(found));
        if (readByRequest != null && session != null) {
            readByRequest.put(id, session);
        }
        return session;
    }

    /** The session, its last access recorded as now when the recorded one is a minute old or older. */
    private Session touched(Session session) {
        Instant now = Instant.now();
        if (isDue(session.getLastAccessedTime(), now)) {
            session.setLastAccessedTime(now);
            store.save(session);
        }
        return session;
    }

    private static boolean isDue(Instant recorded, Instant now) {
        return !now.isBefore(recorded.plus(LAST_ACCESS_PRECISION));
    }

    @Override
    public void deleteById(String id) {
        Map<String, StoredSession> readByRequest = READ_BY_REQUEST.get();
        if (readByRequest != null) {
            readByRequest.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, StoredSession> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new StoredSession(session)));
        return found;
    }

    /** A stored session whose last-access time is only ever recorded as it is read. */
    static final class StoredSession implements Session {

        private final Session stored;

        private StoredSession(Session stored) {
            this.stored = stored;
        }

        /**
         * Changes nothing: the last access is recorded when the session is read ({@link #touched}), in the page's
         * transaction. Spring Session's filter sets the time again each time the request asks for its session; had
         * the minute turned since the read, that time would be written after the page, in a transaction of its own.
         */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
