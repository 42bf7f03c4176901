package org.rabta.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
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

/**
 * Committee screens: the list, a new committee, the committee's page (roster, meetings, open items, referral queue and
 * escalations), escalations and the committee's status. Its roster's exports and terms are {@link RosterController}'s.
 */
@Controller
@RequestMapping("/committees")
@RequiredArgsConstructor
class CommitteeController {

    private final CommitteeService committees;
    private final RosterService rosters;
    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final JurisdictionNames jurisdictions;
    private final GeographyService geography;
    private final EscalationService escalations;
    private final CommitteeReferrals committeeReferrals;
    private final Clock clock;

    @ModelAttribute("jurisdictions")
    JurisdictionNames.InWords jurisdictions(Locale locale) {
        return jurisdictions.in(locale);
    }

    @GetMapping
    String list(@AuthenticationPrincipal RabtaUser user, Model model) {
        model.addAttribute("committees", committees.visible(user));
        return "committees/list";
    }

    @GetMapping("/new")
    String newCommittee(@AuthenticationPrincipal RabtaUser user, Model model) {
        CommitteePages.requireAdmin(user);
        model.addAttribute("form", CommitteeForm.empty());
        return committeeForm(model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal RabtaUser user, @Valid @ModelAttribute("form") CommitteeForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        CommitteePages.requireAdmin(user); // before the form is checked: the form is for admins, whatever it holds
        return FormSubmission.saveOrShowAgain(result, "level", () -> {
            Committee committee = committees.create(form);
            redirect.addFlashAttribute("success", "committees.created");
            return "redirect:/committees/" + committee.getId();
        }, () -> committeeForm(model));
    }

    private String committeeForm(Model model) {
        model.addAllAttributes(Map.of("provinces", geography.provinces(), "districts", geography.activeDistricts(),
                "levels", CommitteeLevel.values()));
        return "committees/form";
    }

    @GetMapping("/{id:\\d+}")
    String show(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        Roster roster = rosters.roster(user, id, on);
        model.addAttribute("committee", roster.committee());
        model.addAttribute("roster", roster);
        model.addAttribute("history", rosters.history(user, id));
        model.addAttribute("meetings", meetings.meetings(user, id));
        model.addAttribute("openItems", actionItems.openItems(user, id));
        model.addAttribute("mayRecord", meetings.mayRecord(user, id));
        model.addAttribute("admin", user.hasRole(Role.ADMIN));
        model.addAttribute("today", LocalDate.now(clock));
        if (roster.committee().getParentId() != null) {
            model.addAttribute("parent", committees.find(roster.committee().getParentId()));
        }
        model.addAttribute("referralQueue", committeeReferrals.queue(user, id, 0));
        model.addAttribute("received", escalations.received(user, id));
        model.addAttribute("sent", escalations.sent(user, id));
        if (!model.containsAttribute("escalationForm")) {
            model.addAttribute("escalationForm", EscalationForm.empty());
        }
        return "committees/view";
    }

    // ------------------------------------------------------------------ escalations

    @PostMapping("/{id:\\d+}/escalations")
    String escalate(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                    @Valid @ModelAttribute("escalationForm") EscalationForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        meetings.requireRecorder(user, id);
        return FormSubmission.saveOrShowAgain(result, "issue", () -> {
            escalations.escalate(user, id, form);
            redirect.addFlashAttribute("success", "committees.escalation.sent");
            return "redirect:/committees/" + id;
        }, () -> show(user, id, null, model));
    }

    /** Escalates a referral of the committee's queue; a missing reason comes back beside the field. */
    @PostMapping("/{id:\\d+}/referrals/escalations")
    String escalateReferral(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @RequestParam long referralId,
                            @RequestParam(required = false) String issue, RedirectAttributes redirect) {
        try {
            committeeReferrals.escalate(user, id, referralId, issue);
            redirect.addFlashAttribute("success", "committees.escalation.sent");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("referralEscalationError", e.messageCode());
        }
        return "redirect:/committees/" + id;
    }

    @PostMapping("/escalations/{escalationId:\\d+}/resolve")
    String resolve(@AuthenticationPrincipal RabtaUser user, @PathVariable long escalationId,
                   @RequestParam(required = false) String response, @RequestParam Long version, RedirectAttributes redirect) {
        try {
            Escalation escalation = escalations.resolve(user, escalationId, response, version);
            redirect.addFlashAttribute("success", "committees.escalation.resolved");
            return "redirect:/committees/" + escalation.getToCommitteeId();
        } catch (BusinessRuleException | ConcurrentEditException e) {
            redirect.addFlashAttribute("error", e instanceof BusinessRuleException rule ? rule.messageCode() : "committees.error.stale");
            return "redirect:/committees";
        }
    }

    @PostMapping("/{id:\\d+}/status")
    String setStatus(@PathVariable long id, @RequestParam CommitteeStatus status, @RequestParam Long version,
                     RedirectAttributes redirect) {
        CommitteePages.change(redirect, "committees.statusChanged." + status, () -> committees.setStatus(id, status, version));
        return "redirect:/committees/" + id;
    }
}
