package org.rabta.screening;


import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.hibernate.Hibernate;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CaseActivity;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.screening.engine.RuleSet;
import org.rabta.screening.engine.RuleSets;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.screening.indicators.Indicator;
import org.rabta.screening.indicators.IndicatorAssessment;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the stored screenings of a case, and the engine's advice. Access is the case's: whoever may read the case
 * reads its screenings; anything else is "not found". Every read is audited. The owning agency screens through
 * {@link ScreeningRecording}, and its supervisors confirm or return through {@link ScreeningReview}: both announce
 * what they do as {@link CaseActivity} events, which put it on the case's timeline and in the audit trail in the same
 * transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScreeningReads {

    static final int HISTORY_LIMIT = 100;

    private final ScreeningRepository screenings;
    private final CasesApi cases;
    private final AuditTrail audit;

    /** One screening with its advice, for whoever may read the case. An audited read. */
    @Transactional
    public ScreeningRecord get(RabtaUser user, long id) {
        Screening screening = screenings.findById(id).orElseThrow(() -> new RecordNotFoundException("Screening", id));
        VictimCase victimCase = cases.get(user, screening.getCaseNumber());
        Hibernate.initialize(screening.getFacts());
        audit.record(AuditRecord.forCase(ScreeningAuditAction.SCREENING_VIEWED,
                screening.getCaseNumber(), "screening " + id));
        boolean owner = victimCase.getOwningAgencyId() == user.agencyId();
        RuleSet ruleSet = RuleSets.byVersion(screening.getRulesetVersion()).orElseThrow(() ->
                new IllegalStateException("screening " + id + " uses unknown rule set " + screening.getRulesetVersion()));
        ScreeningAdvice advice = ScreeningAdvice.of(ruleSet, screening.input(),
                IndicatorAssessment.fromCodes(screening.indicatorCodes()));
        return new ScreeningRecord(screening, advice, owner && screening.getStatus().isEditable(),
                owner && user.hasRole(Role.SUPERVISOR) && screening.getStatus() == ScreeningStatus.SUBMITTED);
    }

    /** The case's screenings, newest first, for whoever may read the case. An audited read. */
    @Transactional
    public ScreeningHistory history(RabtaUser user, String caseNumber) {
        return history(user, cases.get(user, caseNumber));
    }

    /** The history of a case the caller has already read for the user (the case page). An audited read. */
    @Transactional
    public ScreeningHistory history(RabtaUser user, VictimCase victimCase) {
        audit.record(AuditRecord.forCase(ScreeningAuditAction.SCREENING_HISTORY_VIEWED,
                victimCase.getCaseNumber(), null));
        return new ScreeningHistory(victimCase.getCaseNumber(),
                screenings.findByCaseIdOrderByCreatedAtDescIdDesc(victimCase.getId(), PageRequest.of(0, HISTORY_LIMIT)),
                victimCase.getOwningAgencyId() == user.agencyId() && !victimCase.getStatus().isClosed());
    }

    /** Whether the user may read the case (not audited: used before showing advice that reveals nothing of it). */
    public boolean canRead(RabtaUser user, String caseNumber) {
        return cases.canRead(user, caseNumber);
    }

    /** The advice for answers being given, under the rule set new screenings use. No side effects. */
    public ScreeningAdvice advise(ScreeningInput input, Set<Indicator> ticked) {
        return ScreeningAdvice.of(RuleSets.current(), input, ticked);
    }
}
