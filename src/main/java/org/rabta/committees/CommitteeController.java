package org.rabta.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.web.FlashMessages;
import org.rabta.web.FormSubmission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Committee screens: the list, a new committee, the roster page (with its gaps, history and exports), new terms. */
@Controller
@RequestMapping("/committees")
@RequiredArgsConstructor
class CommitteeController {

    private final CommitteeService committees;
    private final RosterService rosters;
    private final MeetingService meetings;
    private final AgencySectors sectors;
    private final RosterExport export;
    private final JurisdictionNames jurisdictions;
    private final GeographyService geography;
    private final AgencyService agencies;
    private final EscalationService escalations;
    private final CommitteeReferrals committeeReferrals;
    private final Clock clock;

    @ModelAttribute("jurisdictions")
    JurisdictionNames jurisdictions() {
        return jurisdictions;
    }

    @GetMapping
    String list(@AuthenticationPrincipal RabtaUser user, Model model) {
        model.addAttribute("committees", committees.visible(user));
        return "committees/list";
    }

    @GetMapping("/new")
    String newCommittee(@AuthenticationPrincipal RabtaUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("form", CommitteeForm.empty());
        return committeeForm(model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal RabtaUser user, @Valid @ModelAttribute("form") CommitteeForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        requireAdmin(user); // before the form is checked: the form is for admins, whatever it holds
        return FormSubmission.saveOrShowAgain(result, "level", () -> {
            Committee committee = committees.create(form);
            redirect.addFlashAttribute("success", "committees.created");
            return "redirect:/committees/" + committee.getId();
        }, () -> committeeForm(model));
    }

    private String committeeForm(Model model) {
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("districts", geography.activeDistricts());
        model.addAttribute("levels", CommitteeLevel.values());
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
        model.addAttribute("openItems", meetings.openItems(user, id));
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
        change(redirect, "committees.statusChanged." + status, () -> committees.setStatus(id, status, version));
        return "redirect:/committees/" + id;
    }

    /** Makes a change and flashes its message, or the rule it would break, or that someone else changed the record first. */
    private static void change(RedirectAttributes redirect, String success, Runnable change) {
        try {
            FlashMessages.change(redirect, success, change);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("error", "committees.error.stale");
        }
    }

    // ------------------------------------------------------------------ roster exports

    @GetMapping("/{id:\\d+}/roster.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               Locale locale) {
        Roster roster = rosters.roster(user, id, on);
        return download(export.csv(roster, locale), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "roster-" + id + "-" + roster.on() + ".csv");
    }

    @GetMapping("/{id:\\d+}/roster.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               Locale locale) {
        Roster roster = rosters.roster(user, id, on);
        return download(export.pdf(roster, locale), MediaType.APPLICATION_PDF, "roster-" + id + "-" + roster.on() + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    // ------------------------------------------------------------------ terms

    @GetMapping("/{id:\\d+}/memberships/new")
    String newMembership(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        requireAdmin(user);
        Committee committee = committees.committee(user, id);
        model.addAttribute("form", MembershipForm.startingOn(LocalDate.now(clock)));
        return membershipForm(committee, model);
    }

    @PostMapping("/{id:\\d+}/memberships")
    String addMembership(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                         @Valid @ModelAttribute("form") MembershipForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        requireAdmin(user); // before the form is checked: the form is for admins, whatever it holds
        Committee committee = committees.committee(user, id);
        return FormSubmission.saveOrShowAgain(result, "role", () -> {
            rosters.add(id, form);
            redirect.addFlashAttribute("success", "committees.membership.added");
            return "redirect:/committees/" + id;
        }, () -> membershipForm(committee, model));
    }

    private String membershipForm(Committee committee, Model model) {
        model.addAttribute("committee", committee);
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("roles", MembershipRole.values());
        model.addAttribute("sectorValues", Sector.values());
        return "committees/membership";
    }

    @PostMapping("/memberships/{membershipId:\\d+}/end")
    String endTerm(@PathVariable long membershipId, @RequestParam long committeeId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
                   @RequestParam Long version, RedirectAttributes redirect) {
        change(redirect, "committees.membership.ended", () -> rosters.endTerm(membershipId, lastDay, version));
        return "redirect:/committees/" + committeeId;
    }

    // ------------------------------------------------------------------ agency sectors

    @GetMapping("/sectors")
    String sectors(@AuthenticationPrincipal RabtaUser user, Model model) {
        requireAdmin(user);
        List<Agency> active = agencies.activeAgenciesWithDetails();
        model.addAttribute("agencies", active);
        model.addAttribute("sectorValues", Sector.values());
        model.addAttribute("recorded", sectors.recorded(active.stream().map(Agency::getId).toList()));
        model.addAttribute("derived", active.stream().collect(java.util.stream.Collectors.toMap(Agency::getId, AgencySectors::derived)));
        return "committees/sectors";
    }

    @PostMapping("/sectors/{agencyId:\\d+}")
    String recordSectors(@PathVariable long agencyId, @RequestParam(required = false) Set<Sector> sectors,
                         RedirectAttributes redirect) {
        Agency agency = agencies.agency(agencyId);
        this.sectors.record(agency, sectors == null ? EnumSet.noneOf(Sector.class) : sectors);
        FlashMessages.success(redirect, "committees.sectors.saved", agency.getName());
        return "redirect:/committees/sectors";
    }

    private static void requireAdmin(RabtaUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new RecordNotFoundException("Page", "admin only");
        }
    }
}
