package org.rabta.cases;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.web.FlashMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's possible duplicates and a supervisor's link of two cases as the same person. (The check on the
 * registration form, before the case exists, is {@link CaseController#checkDuplicates}.)
 */
@Controller
@RequestMapping("/cases/" + CaseController.CASE_NUMBER + "/duplicates")
@RequiredArgsConstructor
class CaseDuplicatesController {

    private final CaseQueries cases;
    private final CaseDuplicates duplicates;
    private final DistrictNames districtNames;

    @GetMapping
    String duplicates(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, Model model) {
        CaseDetails details = cases.details(user, caseNumber);
        model.addAttribute("c", details.victimCase());
        model.addAttribute("details", details);
        model.addAttribute("candidates", duplicates.duplicatesOf(user, caseNumber));
        model.addAttribute("districtNames", districtNames.of(null));
        return "cases/duplicates";
    }

    @PostMapping
    String linkDuplicate(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                         @RequestParam String otherCaseNumber, RedirectAttributes redirect) {
        if (FlashMessages.change(redirect, "cases.duplicates.linked",
                () -> duplicates.linkDuplicate(user, caseNumber, otherCaseNumber))) {
            redirect.addFlashAttribute("successArgs", new Object[] {otherCaseNumber});
        }
        return "redirect:/cases/" + caseNumber + "/duplicates";
    }
}
