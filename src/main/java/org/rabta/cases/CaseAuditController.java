package org.rabta.cases;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A case's audit trail and its "who looked at this person", for the supervisors of the owning agency. */
@Controller
@RequestMapping("/cases/" + CaseController.CASE_NUMBER)
@RequiredArgsConstructor
class CaseAuditController {

    private final CaseAuditTrail auditTrail;

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                 @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var events = auditTrail.auditTrail(user, caseNumber, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("events", events);
        model.addAttribute("links", PageLinks.of(request, events));
        return "cases/audit";
    }

    /**
     * The case page's "who looked at this person" section: the fragment alone for htmx (the case page loads it, and
     * its "older" link pages it in place), the section on a page of its own without.
     */
    @GetMapping("/reads")
    String reads(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                 @RequestParam(required = false) Long before,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("reads", auditTrail.whoLooked(user, caseNumber, before));
        model.addAttribute("before", before);
        return htmx != null ? "cases/reads :: readsPanel" : "cases/reads";
    }
}
