package org.rabta.cases;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.web.FlashMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's actions: follow-up, close, reopen, reassign; each answers with the case page and a message. */
@Controller
@RequestMapping("/cases/" + CaseController.CASE_NUMBER)
@RequiredArgsConstructor
class CaseStatusController {

    private final CaseLifecycle lifecycle;

    @PostMapping("/follow-up")
    String followUp(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                    @RequestParam boolean followUp, RedirectAttributes redirect) {
        return act(redirect, caseNumber, "cases.statusChanged", () -> lifecycle.markFollowUp(user, caseNumber, followUp));
    }

    @PostMapping("/close")
    String close(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                 @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "") String reason,
                 RedirectAttributes redirect) {
        redirect.addFlashAttribute("closeReason", reason);
        return act(redirect, caseNumber, "cases.closed", () -> lifecycle.close(user, caseNumber, status, reason));
    }

    @PostMapping("/reopen")
    String reopen(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, RedirectAttributes redirect) {
        return act(redirect, caseNumber, "cases.reopened", () -> lifecycle.reopen(user, caseNumber));
    }

    @PostMapping("/reassign")
    String reassign(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                    @RequestParam long caseworkerId, RedirectAttributes redirect) {
        return act(redirect, caseNumber, "cases.reassigned", () -> lifecycle.reassign(user, caseNumber, caseworkerId));
    }

    private static String act(RedirectAttributes redirect, String caseNumber, String success, Runnable action) {
        FlashMessages.change(redirect, success, action);
        return "redirect:/cases/" + caseNumber;
    }
}
