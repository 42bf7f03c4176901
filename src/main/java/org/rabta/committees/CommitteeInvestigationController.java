package org.rabta.committees;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The committee's page of the investigations in its jurisdiction: counts by stage, and the stalled ones. */
@Controller
@RequiredArgsConstructor
class CommitteeInvestigationController {

    private final CommitteeInvestigations investigations;
    private final JurisdictionNames jurisdictions;

    @GetMapping("/committees/{id:\\d+}/investigations")
    String investigations(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Locale locale, Model model) {
        model.addAttribute("view", investigations.of(user, id));
        model.addAttribute("jurisdictions", jurisdictions.in(locale));
        return "committees/investigations";
    }
}
