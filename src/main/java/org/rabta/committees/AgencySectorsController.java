package org.rabta.committees;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
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

/** The sectors admins record for each agency (beside those its services imply), which committees' rosters show. */
@Controller
@RequestMapping("/committees")
@RequiredArgsConstructor
class AgencySectorsController {

    private final AgencySectors sectors;
    private final AgencyService agencies;

    @GetMapping("/sectors")
    String sectors(@AuthenticationPrincipal RabtaUser user, Model model) {
        CommitteePages.requireAdmin(user);
        List<Agency> active = agencies.activeAgenciesWithDetails();
        model.addAttribute("agencies", active);
        model.addAttribute("sectorValues", Sector.values());
        model.addAttribute("recorded", sectors.recorded(active.stream().map(Agency::getId).toList()));
        model.addAttribute("derived", active.stream().collect(Collectors.toMap(Agency::getId, AgencySectors::derived)));
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
}
