package org.rabta.committees;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CasesApi;
import org.rabta.cases.PseudonymisedCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their follow-up. The committee's current chair or secretary (or an admin) records a meeting, its
 * attendance from the roster on the day, and its action items; whoever owns an item (the member, or a current
 * member for the owning agency) marks it done. Cases appear only pseudonymised, and only inside the committee's
 * jurisdiction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MeetingService {

    static final int RECENT_MEETINGS = 50;
    static final int OPEN_ITEMS_LIMIT = 100;

    private final MeetingRepository meetings;
    private final ActionItemRepository actionItems;
    private final MembershipRepository memberships;
    private final CommitteeRepository committees;
    private final CommitteeAccess access;
    private final RosterService rosters;
    private final AgencyService agencies;
    private final CasesApi cases;
    private final CommitteeReferrals referrals;
    private final CommitteeCases committeeCases;
    private final GeographyService geography;
    private final ActionItemNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    public List<Meeting> meetings(RabtaUser user, long committeeId) {
        access.readable(user, committeeId);
        return meetings.findRecent(committeeId, PageRequest.of(0, RECENT_MEETINGS));
    }

    public boolean mayRecord(RabtaUser user, long committeeId) {
        return access.mayRecordMeetings(user, committeeId);
    }

    /**
     * Meetings, their action items and escalations are recorded by the committee's current chair or secretary, or an
     * admin: a committee out of reach is not found, and anyone else who reaches it is refused. Controllers call it
     * before checking a form too, so that the refusal does not depend on what the form holds.
     */
    public void requireRecorder(RabtaUser user, long committeeId) {
        access.readable(user, committeeId);
        if (!access.mayRecordMeetings(user, committeeId)) {
            throw new AccessDeniedException("Only the committee's chair or secretary records this");
        }
    }

    @Transactional
    public MeetingDetails meeting(RabtaUser user, long committeeId, long meetingId) {
        Committee committee = access.readable(user, committeeId);
        Meeting meeting = meetings.findById(meetingId)
                .filter(found -> found.getCommitteeId() == committeeId)
                .orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
        List<RosterEntry> onTheDay = rosters.entries(memberships.findCurrent(committeeId, meeting.getHeldOn()));
        List<RosterEntry> attendees = rosters.entries(memberships.findAllById(meeting.getAttendeeMembershipIds()));
        return new MeetingDetails(committee, meeting, attendees, meeting.getGuests(),
                views(user, actionItems.findByMeetingIdOrderByDueOnAscIdAsc(meetingId)), onTheDay,
                access.mayRecordMeetings(user, committeeId));
    }

    /** The committee's open action items, earliest due first. */
    @Transactional
    public List<ActionItemView> openItems(RabtaUser user, long committeeId) {
        access.readable(user, committeeId);
        return views(user, actionItems.findOpen(committeeId, PageRequest.of(0, OPEN_ITEMS_LIMIT)));
    }

    @Transactional
    public Meeting record(RabtaUser user, long committeeId, MeetingForm form) {
        Committee committee = access.readable(user, committeeId);
        requireRecorder(user, committeeId);
        if (form.heldOn().isAfter(access.today())) {
            throw BusinessRuleException.onField("heldOn", "committees.error.meetingInFuture");
        }
        Set<Long> onRoster = memberships.findCurrent(committeeId, form.heldOn()).stream()
                .map(Membership::getId).collect(Collectors.toSet());
        if (!onRoster.containsAll(form.attendees())) {
            throw BusinessRuleException.onField("attendees", "committees.error.attendeeNotOnRoster");
        }
        List<Meeting.Guest> guests = form.guestList();
        if (guests.stream().anyMatch(guest -> guest.name().length() > 150
                || guest.organisation() != null && guest.organisation().length() > 200)) {
            throw BusinessRuleException.onField("guests", "committees.error.guestTooLong");
        }
        Meeting meeting = new Meeting(committeeId, form.heldOn(), form.place().strip(), form.agenda().strip(),
                blankToNull(form.minutes()), blankToNull(form.decisions()), form.attendees(), guests,
                user.username(), clock.instant());
        meetings.save(meeting);
        audit.record(AuditRecord.of(CommitteeAuditAction.COMMITTEE_MEETING_RECORDED,
                "COMMITTEE", String.valueOf(committeeId),
                "%s on %s at %s, %d attended, %d guests".formatted(committee.getNameEn(), form.heldOn(), meeting.getPlace(),
                        form.attendees().size(), guests.size())));
        return meeting;
    }

    @Transactional
    public ActionItem addActionItem(RabtaUser user, long committeeId, long meetingId, ActionItemForm form) {
        Committee committee = access.readable(user, committeeId);
        requireRecorder(user, committeeId);
        Meeting meeting = meetings.findById(meetingId)
                .filter(found -> found.getCommitteeId() == committeeId)
                .orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
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
        if (!mayClose(user, item)) {
            throw new AccessDeniedException("Only the owner, the chair or the secretary closes an action item");
        }
        if (version != null && version != item.getVersion()) {
            throw new ConcurrentEditException("Action item " + itemId, item.getClosedBy(), item.getClosedAt());
        }
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

    private boolean mayClose(RabtaUser user, ActionItem item) {
        return mayClose(user, item, access.currentTerms(user));
    }

    /** Admins; the committee's current chair or secretary; the owning member; a current member for the owning agency. */
    private static boolean mayClose(RabtaUser user, ActionItem item, List<Term> currentTerms) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return currentTerms.stream()
                .filter(term -> term.committeeId() == item.getCommitteeId())
                .anyMatch(term -> term.role().runsMeetings()
                        || Long.valueOf(term.id()).equals(item.getOwnerMembershipId())
                        || item.getOwnerMembershipId() == null && Objects.equals(item.getOwnerAgencyId(), user.agencyId()));
    }

    /** The action items about a referral on these committees (the caller established the user's reach), earliest due first. */
    List<ActionItemView> aboutReferral(RabtaUser user, Collection<Long> committeeIds, long referralId) {
        return committeeIds.isEmpty() ? List.of()
                : views(user, actionItems.findByReferralIdAndCommitteeIdInOrderByDueOnAscIdAsc(referralId, committeeIds));
    }

    List<ActionItemView> views(RabtaUser user, List<ActionItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Committee> byId = committees.findAllById(items.stream().map(ActionItem::getCommitteeId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Committee::getId, Function.identity()));
        Map<Long, RosterEntry> owners = rosters.entries(memberships.findAllById(items.stream().map(ActionItem::getOwnerMembershipId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()))).stream()
                .collect(Collectors.toMap(RosterEntry::membershipId, Function.identity()));
        Map<Long, Agency> ownerAgencies = rosters.agenciesById(items.stream().map(ActionItem::getOwnerAgencyId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Term> currentTerms = access.currentTerms(user);
        Set<Long> sittingOn = currentTerms.stream().map(Term::committeeId).collect(Collectors.toSet());
        // Only a current term shows the committee's cases; an admin's reach does not (no case data).
        Collection<String> caseNumbers = items.stream().filter(item -> sittingOn.contains(item.getCommitteeId()))
                .map(ActionItem::getCaseNumber).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, PseudonymisedCase> linked = cases.pseudonymised(caseNumbers, "committee action items");
        LocalDate today = access.today();
        Map<String, District> districts = linked.isEmpty() ? Map.of()
                : geography.districts().stream().collect(Collectors.toMap(District::getCode, Function.identity()));
        Set<Long> reviewable = items.stream().filter(item -> item.getReferralId() != null)
                .collect(Collectors.groupingBy(ActionItem::getCommitteeId, Collectors.mapping(ActionItem::getReferralId, Collectors.toSet())))
                .entrySet().stream()
                .flatMap(byCommittee -> referrals.reviewableAmong(user, byId.get(byCommittee.getKey()), byCommittee.getValue()).stream())
                .collect(Collectors.toSet());
        return items.stream().map(item -> {
            Committee committee = byId.get(item.getCommitteeId());
            RosterEntry owner = item.getOwnerMembershipId() == null ? null : owners.get(item.getOwnerMembershipId());
            Agency agency = item.getOwnerAgencyId() == null ? null : ownerAgencies.get(item.getOwnerAgencyId());
            PseudonymisedCase summary = item.getCaseNumber() == null ? null : linked.get(item.getCaseNumber());
            if (summary != null && !committee.covers(summary.provinceCode(), summary.districtCode())) {
                summary = null;
            }
            return new ActionItemView(item, committee,
                    owner != null ? owner.name() : agency != null ? agency.getName() : item.getOwnerRecordedAs(),
                    owner == null && agency != null ? agency.getNameUr() : null,
                    agency == null ? null : agency.getCode(), summary,
                    summary == null ? null : districts.get(summary.districtCode()), item.isOverdueOn(today),
                    item.getReferralId() != null && reviewable.contains(item.getReferralId()),
                    item.getStatus() == ActionItemStatus.OPEN && mayClose(user, item, currentTerms));
        }).toList();
    }

    private static java.util.Optional<Long> parseId(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
