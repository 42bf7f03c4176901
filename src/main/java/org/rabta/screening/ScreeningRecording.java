package org.rabta.screening;

import static org.rabta.screening.ScreeningChanges.MAX_TEXT;
import static org.rabta.screening.ScreeningChanges.REASON;
import static org.rabta.screening.ScreeningChanges.describe;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CaseEventType;
import org.rabta.cases.VictimCase;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening a case: the owning agency's caseworkers and supervisors store a screening as a draft or with a
 * determination, which then awaits a supervisor ({@link ScreeningReview}). Another agency's case is "not found".
 * A draft is audited; a determination is announced on the case's timeline and in the audit trail, and notified.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScreeningRecording {

    private final ScreeningRepository screenings;
    private final ScreeningChanges changes;
    private final ScreeningReads reads;
    private final ScreeningNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    /** Stores a new screening of the case: as a draft, or with a determination that then awaits a supervisor. */
    @Transactional
    public Screening create(RabtaUser user, String caseNumber, ScreeningCommand command) {
        VictimCase victimCase = changes.ownedOpen(user, caseNumber);
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
        Screening screening = changes.locked(id);
        VictimCase victimCase = changes.ownedOpen(user, screening.getCaseNumber());
        ScreeningChanges.checkVersion(screening, version);
        if (!screening.getStatus().isEditable()) {
            throw new BusinessRuleException("screening.error.notEditable");
        }
        apply(screening, victimCase, command, user);
        screenings.saveAndFlush(screening);
        afterChange(user, screening, ScreeningAuditAction.SCREENING_UPDATED);
        return screening;
    }

    /** The case a new screening is for, checking that the user may screen it (the questionnaire's first load). */
    @Transactional
    public VictimCase caseToScreen(RabtaUser user, String caseNumber) {
        return changes.ownedOpen(user, caseNumber);
    }

    private void apply(Screening screening, VictimCase victimCase, ScreeningCommand command, RabtaUser user) {
        Integer age = command.age() != null ? command.age() : victimCase.getPerson().getAgeYears();
        ScreeningInput input = new ScreeningInput(age, command.facts());
        ScreeningAdvice advice = reads.advise(input, command.indicators());
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
            changes.announce(user, screening, CaseEventType.SCREENING_DETERMINED, AuditRecord.forCase(
                    ScreeningAuditAction.SCREENING_DETERMINED, screening.getCaseNumber(), describe(screening)));
            notices.submitted(screening, user);
        } else {
            audit.record(AuditRecord.forCase(draftAction, screening.getCaseNumber(), describe(screening)));
        }
    }
}
