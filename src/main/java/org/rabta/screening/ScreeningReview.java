package org.rabta.screening;

import static org.rabta.screening.ScreeningChanges.COMMENT;
import static org.rabta.screening.ScreeningChanges.MAX_TEXT;
import static org.rabta.screening.ScreeningChanges.describe;
import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.audit.AuditRecord;
import org.rabta.cases.CaseEventType;
import org.rabta.cases.CasesApi;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor of the owning agency confirms a submitted determination or returns it for revision; anyone else is
 * told the screening is "not found". Both are announced on the case's timeline and in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScreeningReview {

    private final ScreeningRepository screenings;
    private final ScreeningChanges changes;
    private final CasesApi cases;
    private final ScreeningNotices notices;
    private final Clock clock;

    /** A supervisor of the owning agency agrees with a submitted determination; it becomes the case's confirmed one. */
    @Transactional
    public Screening confirm(RabtaUser user, long id, Long version) {
        Screening screening = forReview(user, id, version);
        screening.confirm(user, clock.instant());
        screenings.saveAndFlush(screening);
        cases.recordConfirmedDetermination(screening.getCaseNumber(), screening.getDetermination().name());
        changes.announce(user, screening, CaseEventType.SCREENING_CONFIRMED,
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
        changes.announce(user, screening, CaseEventType.SCREENING_RETURNED, AuditRecord.forCase(
                ScreeningAuditAction.SCREENING_RETURNED, screening.getCaseNumber(), describe(screening) + "; comment: " + cleanComment));
        notices.returned(screening);
        return screening;
    }

    private Screening forReview(RabtaUser user, long id, Long version) {
        Screening screening = changes.locked(id);
        cases.get(user, screening.getCaseNumber());
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new RecordNotFoundException("Screening", id);
        }
        ScreeningChanges.checkVersion(screening, version);
        if (screening.getStatus() != ScreeningStatus.SUBMITTED) {
            throw new BusinessRuleException("screening.error.notSubmitted");
        }
        return screening;
    }
}
