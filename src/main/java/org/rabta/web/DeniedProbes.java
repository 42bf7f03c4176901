package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Audits every request answered "not found" for a record ({@link RecordNotFoundException}): the user, the request and
 * the record asked for, under the action {@code ACCESS_DENIED}. The answer does not tell the user whether the record
 * exists; the trail does tell the owning agency's supervisors, on the case's own trail, who tried to reach it. Written
 * in a transaction of its own, after the request's (if any) rolled back.
 */
@Component
@RequiredArgsConstructor
class DeniedProbes {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}");
    /** Probes may send anything: what is kept of the path, the record's kind and its key fits the trail's columns. */
    private static final int MAX_PATH = 500;

    private final AuditTrail audit;

    void record(HttpServletRequest request, RecordNotFoundException denied) {
        String path = request.getRequestURI();
        path = cut(path, MAX_PATH);
        audit.record(new AuditRecord(WebAuditAction.ACCESS_DENIED,
                cut(denied.what().toUpperCase(Locale.ROOT).replace(' ', '_'), 40),
                cut(denied.key(), 80), caseNumber(denied, path), request.getMethod() + " " + path + ": answered 404", null));
    }

    /** The case the request was about, so that the probe shows on that case's trail: the record asked for, or the path's. */
    private static String caseNumber(RecordNotFoundException denied, String path) {
        if ("Case".equals(denied.what()) && CASE_NUMBER.matcher(denied.key()).matches()) {
            return denied.key();
        }
        Matcher inPath = CASE_NUMBER.matcher(path);
        return inPath.find() ? inPath.group() : null;
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
