package org.rabta.committees;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's meetings. The committee's current chair or secretary (or an admin) records a meeting and its
 * attendance from the roster on the day; its action items are {@link ActionItemService}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MeetingService {

    static final int RECENT_MEETINGS = 50;

    private final MeetingRepository meetings;
    private final ActionItemRepository actionItems;
    private final MembershipRepository memberships;
    private final CommitteeAccess access;
    private final RosterService rosters;
    private final ActionItemViews actionItemViews;
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
        Meeting meeting = meetingOf(committeeId, meetingId);
        List<RosterEntry> onTheDay = rosters.entries(memberships.findCurrent(committeeId, meeting.getHeldOn()));
        List<RosterEntry> attendees = rosters.entries(memberships.findAllById(meeting.getAttendeeMembershipIds()));
        return new MeetingDetails(committee, meeting, attendees, meeting.getGuests(),
                actionItemViews.views(user, actionItems.findByMeetingIdOrderByDueOnAscIdAsc(meetingId)), onTheDay,
                access.mayRecordMeetings(user, committeeId));
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

    /** A meeting of the committee; one of another committee is not found. */
    Meeting meetingOf(long committeeId, long meetingId) {
        return meetings.findById(meetingId)
                .filter(found -> found.getCommitteeId() == committeeId)
                .orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
    }
}
