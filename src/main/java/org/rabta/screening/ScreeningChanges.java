package org.rabta.screening;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.cases.CaseActivity;
import org.rabta.cases.CaseEventType;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change of a screening shares, whoever makes it ({@link ScreeningRecording}, {@link ScreeningReview}): the
 * screening locked against concurrent changes, the version check, the case's access, the announcement on the case's
 * timeline and in the audit trail, and how the audit trail describes a screening.
 */
@Component
@RequiredArgsConstructor
class ScreeningChanges {

    static final int MAX_TEXT = 2000;

    static final String REASON = "reason";
    static final String COMMENT = "comment";

    private final ScreeningRepository screenings;
    private final CasesApi cases;
    private final ApplicationEventPublisher events;

    Screening locked(long id) {
        return screenings.lockById(id).orElseThrow(() -> new RecordNotFoundException("Screening", id));
    }

    static void checkVersion(Screening screening, Long version) {
        if (version == null || version != screening.getVersion()) {
            throw new ConcurrentEditException("Screening " + screening.getId(),
                    screening.getUpdated().getNameAndUsername(), screening.getUpdated().getAt());
        }
    }

    /** A case of the user's own agency that is not closed; another agency's case is not found. */
    VictimCase ownedOpen(RabtaUser user, String caseNumber) {
        VictimCase victimCase = cases.get(user, caseNumber);
        if (victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("screening.error.caseClosed");
        }
        return victimCase;
    }

    /** The case's timeline shows the determination and links to the screening; the audit line says more. */
    void announce(RabtaUser user, Screening screening, CaseEventType type, AuditRecord auditRecord) {
        events.publishEvent(new CaseActivity(user, screening.getCaseNumber(), type, screening.getDetermination().name(),
                ScreeningCaseSection.subject(screening.getId()), auditRecord));
    }

    static String describe(Screening s) {
        return "screening %d: %s, rule set %s, outcome %s, determination %s%s, indicators %s".formatted(s.getId(),
                s.getStatus(), s.getRulesetVersion(), s.getOutcome(), s.getDetermination() == null ? "none" : s.getDetermination(),
                s.isOverride() ? " (differs; reason: " + s.getDeterminationReason() + ")" : "", s.indicatorCodes());
    }
}
