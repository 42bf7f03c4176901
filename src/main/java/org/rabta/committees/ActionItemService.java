package org.rabta.committees;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's action items: the chair or secretary (or an admin) adds them to a meeting, with an owner from the
 * roster of the day (a member, or an agency) and a due date; whoever owns an item (the member, or a current member
 * for the owning agency) marks it done. Cases appear only pseudonymised, and only inside the committee's jurisdiction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActionItemService {

    static final int OPEN_ITEMS_LIMIT = 100;

    private final ActionItemRepository actionItems;
    private final MembershipRepository memberships;
    private final CommitteeAccess access;
    private final MeetingService meetings;
    private final AgencyService agencies;
    private final CommitteeReferrals referrals;
    private final CommitteeCases committeeCases;
    private final ActionItemViews views;
    private final ActionItemNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    /** The committee's open action items, earliest due first. */
    @Transactional
    public List<ActionItemView> openItems(RabtaUser user, long committeeId) {
        access.readable(user, committeeId);
        return views.views(user, actionItems.findOpen(committeeId, PageRequest.of(0, OPEN_ITEMS_LIMIT)));
    }

    @Transactional
    public ActionItem addActionItem(RabtaUser user, long committeeId, long meetingId, ActionItemForm form) {
        Committee committee = access.readable(user, committeeId);
        meetings.requireRecorder(user, committeeId);
        Meeting meeting = meetings.meetingOf(committeeId, meetingId);
        if (form.dueOn().isBefore(meeting.getHeldOn())) {
            throw BusinessRuleException.onField("dueOn", "committees.error.dueBeforeMeeting");
        }
        String owner = form.owner().strip();
        ActionItem.Owner itemOwner;
        if (owner.startsWith("member:")) {
            Membership term = parseId(owner.substring("member:".length()))
                    .flatMap(memberships::findById)
                    .filter(found -> found.getCommitteeId() == committeeId && found.isCurrentOn(access.today()))
                    .orElseThrow(() -> BusinessRuleException.onField("owner", "committees.error.unknownOwner"));
            itemOwner = ActionItem.Owner.member(term);
        } else if (owner.startsWith("agency:")) {
            itemOwner = ActionItem.Owner.agency(agencies.findByCode(owner.substring("agency:".length()))
                    .filter(Agency::isActive)
                    .map(Agency::getId)
                    .orElseThrow(() -> BusinessRuleException.onField("owner", "committees.error.unknownOwner")));
        } else {
            throw BusinessRuleException.onField("owner", "committees.error.unknownOwner");
        }
        String caseNumber = blankToNull(form.caseNumber());
        if (form.referralId() != null) {
            // A referral of the committee's queue brings its own case; another case beside it would contradict it.
            String referralCase = referrals.caseOfQueuedReferral(committee, form.referralId())
                    .orElseThrow(() -> BusinessRuleException.onField("referralId", "committees.error.referralOutsideQueue"));
            if (caseNumber != null && !caseNumber.equals(referralCase)) {
                throw BusinessRuleException.onField("referralId", "committees.error.referralOtherCase");
            }
            caseNumber = referralCase;
        } else if (caseNumber != null && !committeeCases.sees(committee, caseNumber)) {
            // The same answer whether the case does not exist, lies outside the jurisdiction or was never referred.
            throw BusinessRuleException.onField("caseNumber", "committees.error.caseNotSeen");
        }
        ActionItem item = new ActionItem(meetingId, committeeId, form.description().strip(), itemOwner, form.dueOn(), caseNumber,
                form.referralId(), user.username(), clock.instant());
        actionItems.save(item);
        notices.assigned(item, access.today());
        audit.record(new AuditRecord(CommitteeAuditAction.COMMITTEE_ACTION_ADDED,
                "COMMITTEE", String.valueOf(committeeId), caseNumber,
                "meeting %d: %s, due %s".formatted(meetingId, item.getDescription(), item.getDueOn()), null));
        return item;
    }

    /** Marks an item done or dropped (or reopens it), by whoever may close it. */
    @Transactional
    public ActionItem setStatus(RabtaUser user, long itemId, ActionItemStatus status, Long version) {
        ActionItem item = actionItems.findById(itemId).orElseThrow(() -> new RecordNotFoundException("Action item", itemId));
        access.readable(user, item.getCommitteeId());
        if (!ActionItemViews.mayClose(user, item, access.currentTerms(user))) {
            throw new AccessDeniedException("Only the owner, the chair or the secretary closes an action item");
        }
        ConcurrentEditException.throwIfStale(version, item.getVersion(), "Action item " + itemId, item.getClosedBy(),
                item.getClosedAt());
        if (item.getStatus() == status) {
            return item;
        }
        ActionItemStatus before = item.getStatus();
        if (status == ActionItemStatus.OPEN) {
            item.reopen();
        } else {
            item.close(status, clock.instant(), user.username());
        }
        actionItems.flush();
        CommitteeAuditAction action = switch (status) {
            case OPEN -> CommitteeAuditAction.COMMITTEE_ACTION_OPEN;
            case DONE -> CommitteeAuditAction.COMMITTEE_ACTION_DONE;
            case DROPPED -> CommitteeAuditAction.COMMITTEE_ACTION_DROPPED;
        };
        audit.record(new AuditRecord(action, "COMMITTEE", String.valueOf(item.getCommitteeId()),
                item.getCaseNumber(), "action item %d: %s -> %s".formatted(itemId, before, status), null));
        return item;
    }

    /** The action items about a referral on these committees (the caller established the user's reach), earliest due first. */
    List<ActionItemView> aboutReferral(RabtaUser user, Collection<Long> committeeIds, long referralId) {
        return committeeIds.isEmpty() ? List.of()
                : views.views(user, actionItems.findByReferralIdAndCommitteeIdInOrderByDueOnAscIdAsc(referralId, committeeIds));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
