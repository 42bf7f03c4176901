package org.rabta.committees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.notifications.Notice;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.notifications.Subject;
import org.springframework.stereotype.Component;

/**
 * Who hears of a new action item: the member who owns it, or, for an item owned by an agency, that agency's users who
 * sit on the committee today. Those are the people who open the page the notice links to (the meeting's, or the
 * committee's for an item given on a review page), and who may close the item ({@link MeetingService}); an external member has no account and hears of it from the minutes.
 */
@Component
@RequiredArgsConstructor
class ActionItemNotices {

    private final NotificationService notifications;
    private final MembershipRepository memberships;
    private final UserAccountService users;
    private final Clock clock;

    void assigned(ActionItem item, LocalDate today) {
        List<Long> owners = item.getOwnerMembershipId() != null
                ? memberships.findById(item.getOwnerMembershipId()).map(Membership::getUserId).stream().filter(Objects::nonNull).toList()
                : memberships.findCurrent(item.getCommitteeId(), today).stream()
                        .filter(term -> Objects.equals(term.getAgencyId(), item.getOwnerAgencyId()))
                        .map(Membership::getUserId).filter(Objects::nonNull).distinct().toList();
        if (owners.isEmpty()) {
            return;
        }
        List<UserAccount> recipients = users.usersById(owners).stream().filter(UserAccount::isActive).toList();
        notifications.notify(new Notice(NotificationKind.ACTION_ITEM_ASSIGNED, Subject.ACTION_ITEM, item.getId(),
                item.path(), null,
                item.getDueOn().toString(), clock.instant()), recipients);
    }
}
