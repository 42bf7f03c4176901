package org.rabta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's signed-in browser sessions, as Spring Session keeps them in PostgreSQL (indexed by username): remembered
 * with the device and address at sign-in, listed on the account page, ended one by one or together.
 * <p>
 * A session is named on the page by a {@linkplain #handle digest} of its id, never the id itself: the id is the
 * credential the session cookie carries, and must not appear in a page.
 */
@Component
@RequiredArgsConstructor
class UserSessions {

    static final String USER_AGENT = "rabta.signIn.userAgent";
    static final String REMOTE_ADDRESS = "rabta.signIn.remoteAddress";
    static final String SIGNED_IN_AT = "rabta.signIn.at";
    private static final int MAX_USER_AGENT = 300;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Clock clock;

    /**
     * Notes where and when the user signed in, on the session. The address is the request's remote address:
     * the client's own only when it came through a proxy Rabta trusts ({@code rabta.trusted-proxies}), never
     * a header anyone can send.
     */
    void rememberSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String userAgent = request.getHeader("User-Agent");
        session.setAttribute(USER_AGENT, userAgent == null ? null
                : userAgent.substring(0, Math.min(userAgent.length(), MAX_USER_AGENT)));
        session.setAttribute(REMOTE_ADDRESS, request.getRemoteAddr());
        session.setAttribute(SIGNED_IN_AT, clock.instant());
    }

    /** The user's sessions, the current one first, then the most recently active. */
    List<ActiveSession> of(String username, String currentSessionId) {
        return sessions.findByPrincipalName(username).values().stream()
                .map(session -> view(session, session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(ActiveSession::current).reversed()
                        .thenComparing(ActiveSession::lastActive, Comparator.reverseOrder()))
                .toList();
    }

    /** The id of the user's session with this handle, if they have one. */
    Optional<String> find(String username, String handle) {
        return sessions.findByPrincipalName(username).keySet().stream().filter(id -> handle(id).equals(handle)).findFirst();
    }

    void end(String sessionId) {
        sessions.deleteById(sessionId);
    }

    void endAll(String username) {
        endAllBut(username, null);
    }

    void endAllBut(String username, String keptSessionId) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        found.keySet().stream().filter(id -> !id.equals(keptSessionId)).forEach(sessions::deleteById);
    }

    private static ActiveSession view(Session session, boolean current) {
        String userAgent = session.getAttribute(USER_AGENT);
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT);
        return new ActiveSession(handle(session.getId()), DeviceName.of(userAgent), userAgent, session.getAttribute(REMOTE_ADDRESS),
                signedInAt != null ? signedInAt : session.getCreationTime(), session.getLastAccessedTime(), current);
    }

    /** A stable, non-reversible name for a session: 128 bits of the SHA-256 of its id. */
    static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * One session as the account page lists it.
     *
     * @param device    browser and system, or null when the user agent names none Rabta knows
     * @param userAgent what the browser sent, in full (shortened to 300 characters)
     */
    record ActiveSession(String handle, DeviceName device, String userAgent, String remoteAddress, Instant signedInAt,
                         Instant lastActive, boolean current) {
    }
}
