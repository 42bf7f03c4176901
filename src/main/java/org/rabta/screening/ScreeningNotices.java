package org.rabta.screening;

import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.notifications.Notice;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.notifications.Subject;
import org.springframework.stereotype.Component;

/**
 * Who hears of a screening's move: a determination SUBMITTED reaches the owning agency's supervisors (but not the
 * supervisor who submitted it), one RETURNED reaches the person who submitted it, if still active.
 */
@Component
@RequiredArgsConstructor
class ScreeningNotices {

    private final NotificationService notifications;
    private final UserAccountService users;

    /** The submitter works for the owning agency (only its staff screen its cases). */
    void submitted(Screening screening, RabtaUser submitter) {
        List<UserAccount> supervisors = users.activeUsersOfAgency(submitter.agencyId(), Role.SUPERVISOR).stream()
                .filter(supervisor -> supervisor.getId() != submitter.id())
                .toList();
        notifications.notify(notice(screening, NotificationKind.SCREENING_SUBMITTED, screening.getSubmitted().getAt()),
                supervisors);
    }

    void returned(Screening screening) {
        List<UserAccount> author = users.findByUsername(screening.getSubmitted().getBy()).filter(UserAccount::isActive)
                .stream().toList();
        notifications.notify(notice(screening, NotificationKind.SCREENING_RETURNED, screening.getReviewed().getAt()), author);
    }

    private static Notice notice(Screening screening, NotificationKind kind, Instant occasion) {
        return new Notice(kind, Subject.SCREENING, screening.getId(),
                "/cases/" + screening.getCaseNumber() + "/screenings/" + screening.getId(), screening.getCaseNumber(),
                "screening.outcome." + screening.getDetermination().name(), occasion);
    }
}
