package org.rabta.committees;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.AgencyService;
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

/** A committee's roster: its exports (CSV, PDF) on a day, and the terms admins add and end. */
@Controller
@RequestMapping("/committees")
@RequiredArgsConstructor
class RosterController {

    private final CommitteeService committees;
    private final RosterService rosters;
    private final RosterExport export;
    private final AgencyService agencies;
    private final Clock clock;

    @GetMapping("/{id:\\d+}/roster.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               Locale locale) {
        Roster roster = rosters.roster(user, id, on);
        return download(export.csv(roster, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
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

    @GetMapping("/{id:\\d+}/memberships/new")
    String newMembership(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        CommitteePages.requireAdmin(user);
        Committee committee = committees.committee(user, id);
        model.addAttribute("form", MembershipForm.startingOn(LocalDate.now(clock)));
        return membershipForm(committee, model);
    }

    @PostMapping("/{id:\\d+}/memberships")
    String addMembership(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                         @Valid @ModelAttribute("form") MembershipForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        CommitteePages.requireAdmin(user); // before the form is checked: the form is for admins, whatever it holds
        Committee committee = committees.committee(user, id);
        return FormSubmission.saveOrShowAgain(result, "role", () -> {
            rosters.add(id, form);
            redirect.addFlashAttribute("success", "committees.membership.added");
            return "redirect:/committees/" + id;
        }, () -> membershipForm(committee, model));
    }

    private String membershipForm(Committee committee, Model model) {
        model.addAllAttributes(Map.of("committee", committee, "agencies", agencies.activeAgencies(),
                "roles", MembershipRole.values(), "sectorValues", Sector.values()));
        return "committees/membership";
    }

    @PostMapping("/memberships/{membershipId:\\d+}/end")
    String endTerm(@PathVariable long membershipId, @RequestParam long committeeId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
                   @RequestParam Long version, RedirectAttributes redirect) {
        CommitteePages.change(redirect, "committees.membership.ended", () -> rosters.endTerm(membershipId, lastDay, version));
        return "redirect:/committees/" + committeeId;
    }
}
