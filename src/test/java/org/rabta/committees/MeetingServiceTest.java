package org.rabta.committees;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.AgeBand;
import org.rabta.cases.PseudonymisedCase;
import org.rabta.cases.Sex;
import org.rabta.shared.BusinessRuleException;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkItems;
import org.rabta.web.WorkList;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.rabta.committees.CommitteeFixtures.externalTerm;
import static org.rabta.committees.CommitteeFixtures.userTerm;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class MeetingServiceTest {

    private final CommitteeFixtures fixtures;

    private final MeetingService meetings;

    private final ActionItemService actionItems;

    private final MockMvc mvc;

    @Qualifier("myActionItems")
    private final WorkList myActionItems;

    /** A committee with a secretary, a member and an external chair, all users new to this test. */
    private record Table(Committee committee, RabtaUser secretary, RabtaUser member, Membership memberTerm,
                         Membership chairTerm) {
    }

    private Table table() {
        Committee committee = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.newUser("PB-SWD", Role.COMMITTEE_MEMBER);
        RabtaUser member = fixtures.newUser("PB-CPWB", Role.COMMITTEE_MEMBER);
        Membership chair = fixtures.add(committee.getId(), externalTerm("Deputy Commissioner", "PB-SWD", MembershipRole.CHAIR,
                today().minusMonths(3), null));
        fixtures.add(committee.getId(), userTerm(secretary.username(), "PB-SWD", MembershipRole.SECRETARY, today().minusMonths(3), null));
        Membership memberTerm = fixtures.add(committee.getId(), userTerm(member.username(), "PB-CPWB", MembershipRole.MEMBER,
                today().minusMonths(3), null));
        return new Table(committee, secretary, member, memberTerm, chair);
    }

    private static MeetingForm meetingOn(java.time.LocalDate day, Set<Long> attendees) {
        return new MeetingForm(day, "Committee room, DC Office", "1. Overdue referrals\n2. Shelter capacity",
                "The committee reviewed the referrals.", "FIA to report on the open case.", attendees,
                "Amna Bibi, IOM\nDr. Hamid");
    }

    @Test
    void theSecretaryRecordsAMeetingWithAttendanceFromTheRosterAndGuests() {
        Table table = table();
        Meeting meeting = meetings.record(table.secretary(), table.committee().getId(),
                meetingOn(today().minusDays(2), Set.of(table.memberTerm().getId(), table.chairTerm().getId())));

        MeetingDetails details = meetings.meeting(table.member(), table.committee().getId(), meeting.getId());
        assertThat(details.attendees()).extracting(RosterEntry::name)
                .containsExactlyInAnyOrder("Deputy Commissioner", table.member().fullName());
        assertThat(details.guests()).containsExactly(new Meeting.Guest("Amna Bibi", "IOM"),
                new Meeting.Guest("Dr. Hamid", null));
        assertThat(details.mayRecord()).isFalse();
        assertThat(meetings.meetings(table.member(), table.committee().getId())).extracting(Meeting::getId).contains(meeting.getId());
    }

    @Test
    void onlyTheChairTheSecretaryOrAnAdminRecordMeetings() {
        Table table = table();
        assertThatThrownBy(() -> meetings.record(table.member(), table.committee().getId(), meetingOn(today(), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.record(fixtures.user("admin"), table.committee().getId(), meetingOn(today(), Set.of()))).isNotNull();
    }

    @Test
    void attendanceComesFromTheRosterOnTheMeetingDayAndMeetingsAreNotInTheFuture() {
        Table table = table();
        Membership later = fixtures.add(table.committee().getId(), externalTerm("Joined Today", "NGO-LHR-SHELTER",
                MembershipRole.MEMBER, today(), null));
        assertThatThrownBy(() -> meetings.record(table.secretary(), table.committee().getId(),
                meetingOn(today().minusDays(1), Set.of(later.getId())))).hasMessage("committees.error.attendeeNotOnRoster");
        assertThatThrownBy(() -> meetings.record(table.secretary(), table.committee().getId(),
                meetingOn(today().plusDays(1), Set.of()))).hasMessage("committees.error.meetingInFuture");
    }

    @Test
    void actionItemsLinkOnlyCasesTheCommitteeSeesPseudonymised() {
        Table table = table();
        Meeting meeting = meetings.record(table.secretary(), table.committee().getId(), meetingOn(today().minusDays(20), Set.of()));
        String queued = fixtures.queuedCaseIn(table.committee().getDistrictCode());
        String neverReferred = fixtures.caseIn(table.committee().getDistrictCode());
        String outside = fixtures.queuedCaseIn("PK501");

        actionItems.addActionItem(table.secretary(), table.committee().getId(), meeting.getId(),
                new ActionItemForm("Confirm shelter placement", "member:" + table.memberTerm().getId(), today().minusDays(5), queued, null));
        // One answer for a case of the jurisdiction never referred, a case elsewhere and a number that does not exist.
        for (String other : List.of(neverReferred, outside, "PB-2026-999999")) {
            assertThatThrownBy(() -> actionItems.addActionItem(table.secretary(), table.committee().getId(), meeting.getId(),
                    new ActionItemForm("Out of reach", "agency:PB-SWD", today().plusDays(5), other, null)))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("committees.error.caseNotSeen");
        }
        assertThat(actionItems.addActionItem(table.secretary(), table.committee().getId(), meeting.getId(),
                new ActionItemForm("Follow up again", "agency:PB-SWD", today().plusDays(5), queued, null)))
                .as("a case the committee already follows").isNotNull();
        assertThatThrownBy(() -> actionItems.addActionItem(table.secretary(), table.committee().getId(), meeting.getId(),
                new ActionItemForm("Before the meeting", "agency:PB-SWD", today().minusDays(30), null, null)))
                .hasMessage("committees.error.dueBeforeMeeting");

        ActionItemView view = actionItems.openItems(table.member(), table.committee().getId()).getFirst();
        PseudonymisedCase linked = view.linkedCase();
        assertThat(linked.caseNumber()).isEqualTo(queued);
        assertThat(linked.sex()).isEqualTo(Sex.FEMALE);
        assertThat(linked.ageBand()).isEqualTo(AgeBand.ADULT_18_29);
        assertThat(view.overdue()).isTrue();
        assertThat(view.ownerName()).isEqualTo(table.member().fullName());
    }

    @Test
    void theOwnerMarksTheirItemDoneAndOtherMembersCannot() throws Exception {
        Table table = table();
        RabtaUser otherMember = fixtures.member(table.committee(), "NGO-LHR-SHELTER", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusMonths(1), null);
        Meeting meeting = meetings.record(table.secretary(), table.committee().getId(), meetingOn(today().minusDays(20), Set.of()));
        String task = Unique.code("Trace the family ");
        ActionItem item = actionItems.addActionItem(table.secretary(), table.committee().getId(), meeting.getId(),
                new ActionItemForm(task, "member:" + table.memberTerm().getId(), today().minusDays(3), null, null));

        // On the owner's home page among their own items; the other member sees it among the committee's.
        mvc.perform(get("/").with(user(table.member()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(task)));
        assertThat(mine(table.member())).contains(task);
        assertThat(mine(otherMember)).doesNotContain(task);

        assertThatThrownBy(() -> actionItems.setStatus(otherMember, item.getId(), ActionItemStatus.DONE, item.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        ActionItem done = actionItems.setStatus(table.member(), item.getId(), ActionItemStatus.DONE, item.getVersion());
        assertThat(done.getStatus()).isEqualTo(ActionItemStatus.DONE);
        assertThat(done.getClosedBy()).isEqualTo(table.member().username());
        assertThat(mine(table.member())).doesNotContain(task);
    }

    @Test
    void anItemOwnedByAnAgencyIsClosedByItsMembersOnTheCommittee() {
        Table table = table();
        Meeting meeting = meetings.record(table.secretary(), table.committee().getId(), meetingOn(today().minusDays(10), Set.of()));
        ActionItem item = actionItems.addActionItem(table.secretary(), table.committee().getId(), meeting.getId(),
                new ActionItemForm("Bureau to assess the child", "agency:PB-CPWB", today().minusDays(1), null, null));
        assertThat(mine(table.member())).contains("Bureau to assess the child");
        ActionItemView view = actionItems.openItems(table.member(), table.committee().getId()).stream()
                .filter(v -> v.item().getId().equals(item.getId())).findFirst().orElseThrow();
        assertThat(view.mayClose()).isTrue();
        actionItems.setStatus(table.member(), item.getId(), ActionItemStatus.DONE, item.getVersion());
    }

    /** The labels of the user's own open action items, as their home page lists them. */
    private List<String> mine(RabtaUser user) {
        return myActionItems.find(new TestingAuthenticationToken(user, null), 0, WorkItems.CAP).items().stream()
                .map(WorkItem::label).toList();
    }
}
