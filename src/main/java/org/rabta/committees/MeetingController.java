package org.rabta.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.AgencyService;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.web.FormSubmission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting screens: record a meeting with attendance from the roster, its page with action items, closing items. */
@Controller
@RequestMapping("/committees")
@RequiredArgsConstructor
class MeetingController {

    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final RosterService rosters;
    private final AgencyService agencies;
    private final CommitteeReferrals referrals;
    private final Clock clock;

    /** The form; {@code heldOn} picks the day whose roster the attendance is taken from. */
    @GetMapping("/{id:\\d+}/meetings/new")
    String newMeeting(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                      Model model) {
        model.addAttribute("form", MeetingForm.on(heldOn == null ? LocalDate.now(clock) : heldOn));
        return meetingForm(user, id, model);
    }

    @PostMapping("/{id:\\d+}/meetings")
    String record(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, "attendees", () -> {
            Meeting meeting = meetings.record(user, id, form);
            redirect.addFlashAttribute("success", "committees.meeting.recorded");
            return "redirect:/committees/" + id + "/meetings/" + meeting.getId();
        }, () -> meetingForm(user, id, model));
    }

    private String meetingForm(RabtaUser user, long id, Model model) {
        MeetingForm form = (MeetingForm) model.getAttribute("form");
        if (!meetings.mayRecord(user, id)) {
            throw new org.rabta.shared.RecordNotFoundException("Meeting form", id);
        }
        Roster roster = rosters.roster(user, id, form.heldOn());
        model.addAttribute("committee", roster.committee());
        model.addAttribute("roster", roster);
        return "committees/meeting-form";
    }

    @GetMapping("/{id:\\d+}/meetings/{meetingId:\\d+}")
    String show(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @PathVariable long meetingId, Model model) {
        MeetingDetails details = meetings.meeting(user, id, meetingId);
        model.addAttribute("details", details);
        model.addAttribute("committee", details.committee());
        if (details.mayRecord() && !model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", ActionItemForm.due(LocalDate.now(clock).plusDays(14)));
        }
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("currentRoster", rosters.roster(user, id, null).entries());
        if (details.mayRecord()) {
            // The referrals an action item may follow up: the committee's queue, pseudonymised.
            model.addAttribute("queuedReferrals", referrals.queue(user, id, 0).referrals().getContent());
        }
        return "committees/meeting";
    }

    @PostMapping("/{id:\\d+}/meetings/{meetingId:\\d+}/actions")
    String addActionItem(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @PathVariable long meetingId,
                         @Valid @ModelAttribute("actionForm") ActionItemForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        meetings.requireRecorder(user, id);
        return FormSubmission.saveOrShowAgain(result, "owner", () -> {
            actionItems.addActionItem(user, id, meetingId, form);
            redirect.addFlashAttribute("success", "committees.action.added");
            return "redirect:/committees/" + id + "/meetings/" + meetingId;
        }, () -> show(user, id, meetingId, model));
    }

    @PostMapping("/actions/{itemId:\\d+}/status")
    String setStatus(@AuthenticationPrincipal RabtaUser user, @PathVariable long itemId,
                     @RequestParam ActionItemStatus status, @RequestParam Long version,
                     @RequestParam(defaultValue = "meeting") String back, RedirectAttributes redirect) {
        ActionItem item;
        try {
            item = actionItems.setStatus(user, itemId, status, version);
            redirect.addFlashAttribute("success", "committees.action.changed." + status);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("error", "committees.error.stale");
            return "redirect:/";
        }
        if ("home".equals(back)) {
            return "redirect:/";
        }
        // An item of a review page has no meeting: back to its committee, where it is listed among the open items.
        return item.getMeetingId() == null ? "redirect:/committees/" + item.getCommitteeId()
                : "redirect:/committees/" + item.getCommitteeId() + "/meetings/" + item.getMeetingId();
    }
}
