package org.rabta.committees;

import java.util.List;

/** A meeting's page: the meeting, who of the roster attended, and its action items. */
public record MeetingDetails(Committee committee, Meeting meeting, List<RosterEntry> attendees, List<Meeting.Guest> guests,
                             List<ActionItemView> actionItems, List<RosterEntry> rosterOnTheDay, boolean mayRecord) {
}
