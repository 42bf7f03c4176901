package org.rabta.screening;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.hibernate.Hibernate;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CaseActivity;
import org.rabta.cases.CaseEventType;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.RuleSet;
import org.rabta.screening.engine.RuleSets;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.screening.indicators.Indicator;
import org.rabta.screening.indicators.IndicatorAssessment;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored screenings of a case. Access is the case's: whoever may read the case reads its screenings; the owning
 * agency's caseworkers and supervisors screen and determine; only a supervisor of the owning agency confirms or
 * returns. Anything else is "not found". Every read and change is audited; determinations, confirmations and
 * returns are announced as {@link CaseActivity} events, which put them on the case's timeline and in the audit trail
 * in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScreeningService {

    static final int HISTORY_LIMIT = 100;
    static final int MAX_TEXT = 2000;

    static final String REASON = "reason";
    static final String COMMENT = "comment";

    private final ScreeningRepository screenings;
    private final CasesApi cases;
    private final ScreeningNotices notices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    // ------------------------------------------------------------------ recording

    /** Stores a new screening of the case: as a draft, or with a determination that then awaits a supervisor. */
    @Transactional
    public Screening create(RabtaUser user, String caseNumber, ScreeningCommand command) {
        VictimCase victimCase = ownedOpen(user, caseNumber);
        Screening screening = new Screening(victimCase.getId(), victimCase.getCaseNumber(), user, clock.instant());
        apply(screening, victimCase, command, user);
        screenings.saveAndFlush(screening);
        afterChange(user, screening, ScreeningAuditAction.SCREENING_CREATED);
        return screening;
    }

    /**
     * Changes a draft or a returned screening and saves it again as a draft or submits it. {@code version} is the
     * one the user loaded; a screening saved since is refused ({@link ConcurrentEditException}), nothing saved.
     */
    @Transactional
    public Screening revise(RabtaUser user, long id, Long version, ScreeningCommand command) {
        Screening screening = locked(id);
        VictimCase victimCase = ownedOpen(user, screening.getCaseNumber());
        checkVersion(screening, version);
        if (!screening.getStatus().isEditable()) {
            throw new BusinessRuleException("screening.error.notEditable");
        }
        apply(screening, victimCase, command, user);
        screenings.saveAndFlush(screening);
        afterChange(user, screening, ScreeningAuditAction.SCREENING_UPDATED);
        return screening;
    }

    /** A supervisor of the owning agency agrees with a submitted determination; it becomes the case's confirmed one. */
    @Transactional
    public Screening confirm(RabtaUser user, long id, Long version) {
        Screening screening = forReview(user, id, version);
        screening.confirm(user, clock.instant());
        screenings.saveAndFlush(screening);
        cases.recordConfirmedDetermination(screening.getCaseNumber(), screening.getDetermination().name());
        announce(user, screening, CaseEventType.SCREENING_CONFIRMED,
                AuditRecord.forCase(ScreeningAuditAction.SCREENING_CONFIRMED,
                        screening.getCaseNumber(), describe(screening)));
        return screening;
    }

    /** A supervisor of the owning agency sends a submitted determination back with a comment, for revision. */
    @Transactional
    public Screening giveBack(RabtaUser user, long id, Long version, String comment) {
        String cleanComment = blankToNull(comment);
        List<Violation> problems = new ArrayList<>();
        if (cleanComment == null) {
            problems.add(Violation.of(COMMENT, "screening.error.commentRequired"));
        } else if (cleanComment.length() > MAX_TEXT) {
            problems.add(Violation.of(COMMENT, "screening.error.tooLong", MAX_TEXT));
        }
        Screening screening = forReview(user, id, version);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        screening.giveBack(cleanComment, user, clock.instant());
        screenings.saveAndFlush(screening);
        announce(user, screening, CaseEventType.SCREENING_RETURNED, AuditRecord.forCase(ScreeningAuditAction.SCREENING_RETURNED,
                screening.getCaseNumber(), describe(screening) + "; comment: " + cleanComment));
        notices.returned(screening);
        return screening;
    }

    // ------------------------------------------------------------------ reading

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

    /** The case a new screening is for, checking that the user may screen it (the questionnaire's first load). */
    @Transactional
    public VictimCase caseToScreen(RabtaUser user, String caseNumber) {
        return ownedOpen(user, caseNumber);
    }

    /** Whether the user may read the case (not audited: used before showing advice that reveals nothing of it). */
    public boolean canRead(RabtaUser user, String caseNumber) {
        return cases.canRead(user, caseNumber);
    }

    /** The advice for answers being given, under the rule set new screenings use. No side effects. */
    public ScreeningAdvice advise(ScreeningInput input, Set<Indicator> ticked) {
        return ScreeningAdvice.of(RuleSets.current(), input, ticked);
    }

    // ------------------------------------------------------------------ helpers

    private void apply(Screening screening, VictimCase victimCase, ScreeningCommand command, RabtaUser user) {
        Integer age = command.age() != null ? command.age() : victimCase.getPerson().getAgeYears();
        ScreeningInput input = new ScreeningInput(age, command.facts());
        ScreeningAdvice advice = advise(input, command.indicators());
        Outcome outcome = advice.result().outcome();
        Outcome determination = command.determination() != null ? command.determination() : command.draft() ? null : outcome;
        List<Violation> problems = new ArrayList<>();
        if (!command.draft() && determination != outcome && command.reason() == null) {
            problems.add(Violation.of(REASON, "screening.error.reasonRequired"));
        }
        if (command.reason() != null && command.reason().length() > MAX_TEXT) {
            problems.add(Violation.of(REASON, "screening.error.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        screening.record(input, advice.result(), command.indicators().stream().map(Enum::name)
                .collect(Collectors.toSet()), user, clock.instant());
        if (command.draft()) {
            screening.saveAsDraft(determination, command.reason());
        } else {
            screening.submit(determination, command.reason(), user, clock.instant());
        }
    }

    /** A draft is only audited; a submitted determination is announced (timeline and audit) and notified. */
    private void afterChange(RabtaUser user, Screening screening, ScreeningAuditAction draftAction) {
        if (screening.getStatus() == ScreeningStatus.SUBMITTED) {
            announce(user, screening, CaseEventType.SCREENING_DETERMINED, AuditRecord.forCase(
                    ScreeningAuditAction.SCREENING_DETERMINED, screening.getCaseNumber(), describe(screening)));
            notices.submitted(screening, user);
        } else {
            audit.record(AuditRecord.forCase(draftAction, screening.getCaseNumber(), describe(screening)));
        }
    }

    /** The case's timeline shows the determination and links to the screening; the audit line says more. */
    private void announce(RabtaUser user, Screening screening, CaseEventType type, AuditRecord auditRecord) {
        events.publishEvent(new CaseActivity(user, screening.getCaseNumber(), type, screening.getDetermination().name(),
                ScreeningCaseSection.subject(screening.getId()), auditRecord));
    }

    private Screening forReview(RabtaUser user, long id, Long version) {
        Screening screening = locked(id);
        cases.get(user, screening.getCaseNumber());
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new RecordNotFoundException("Screening", id);
        }
        checkVersion(screening, version);
        if (screening.getStatus() != ScreeningStatus.SUBMITTED) {
            throw new BusinessRuleException("screening.error.notSubmitted");
        }
        return screening;
    }

    private Screening locked(long id) {
        return screenings.lockById(id).orElseThrow(() -> new RecordNotFoundException("Screening", id));
    }

    private static void checkVersion(Screening screening, Long version) {
        if (version == null || version != screening.getVersion()) {
            throw new ConcurrentEditException("Screening " + screening.getId(),
                    screening.getUpdatedByName() + " (" + screening.getUpdatedBy() + ")", screening.getUpdatedAt());
        }
    }

    /** A case of the user's own agency that is not closed; another agency's case is not found. */
    private VictimCase ownedOpen(RabtaUser user, String caseNumber) {
        VictimCase victimCase = cases.get(user, caseNumber);
        if (victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("screening.error.caseClosed");
        }
        return victimCase;
    }

    private static String describe(Screening s) {
        return "screening %d: %s, rule set %s, outcome %s, determination %s%s, indicators %s".formatted(s.getId(),
                s.getStatus(), s.getRulesetVersion(), s.getOutcome(), s.getDetermination() == null ? "none" : s.getDetermination(),
                s.isOverride() ? " (differs; reason: " + s.getDeterminationReason() + ")" : "", s.indicatorCodes());
    }
}
