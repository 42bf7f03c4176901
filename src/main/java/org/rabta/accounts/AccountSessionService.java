package org.rabta.accounts;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;

/** A user's own sessions: only theirs are listed, only theirs can be ended, and every ending is audited. */
@Service
@RequiredArgsConstructor
class AccountSessionService {

    private final UserSessions sessions;
    private final AuditTrail audit;

    List<UserSessions.ActiveSession> list(RabtaUser user, String currentSessionId) {
        return sessions.of(user.username(), currentSessionId);
    }

    /**
     * Ends the user's session with this handle; a handle that names none of the user's sessions is a 404.
     *
     * @return whether that was the current session
     */
    boolean end(RabtaUser user, String handle, String currentSessionId) {
        String sessionId = sessions.find(user.username(), handle)
                .orElseThrow(() -> new RecordNotFoundException("Session", handle));
        boolean current = sessionId.equals(currentSessionId);
        audit.record(AuditRecord.of(AccountAuditAction.SESSION_ENDED,
                "USER", user.username(), current ? "the current session" : "another session"));
        if (!current) {
            sessions.end(sessionId);
        }
        return current;
    }
}
