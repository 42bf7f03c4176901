package org.rabta.investigations;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CasesApi;
import org.rabta.shared.InvalidInputException;
import org.rabta.web.FlashMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Inform the competent agency" from the case page, and the case's summary as the informed agency opens it. */
@Controller
@RequiredArgsConstructor
class InformedAgencyController {

    private final InformedAgencies informing;
    private final InformedCaseReads caseReads;
    private final CasesApi cases;

    @PostMapping("/cases/{caseNumber}/inform")
    String inform(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, @RequestParam(required = false) Long agency,
                  RedirectAttributes redirect) {
        try {
            FlashMessages.change(redirect, "investigations.inform.saved",
                    () -> informing.inform(user, cases.get(user, caseNumber), agency));
        } catch (InvalidInputException e) {
            // The form has one field, the agency: its refusal shows as the page's message, above the form.
            FlashMessages.invalid(redirect, e.violations().getFirst());
        }
        return "redirect:/cases/" + caseNumber + "#investigation";
    }

    @GetMapping("/cases/{caseNumber}/informed")
    String informed(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, Model model) {
        model.addAttribute("view", caseReads.view(user, caseNumber));
        return "investigations/informed";
    }
}
