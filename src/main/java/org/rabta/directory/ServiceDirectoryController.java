package org.rabta.directory;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditActor;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.web.FormSubmission;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service directory screens: search by service and district; edit one service of an agency (its supervisor,
 * or an admin). The signed-in user is read as an {@link AuditActor} (agency code) with its roles, so the
 * directory needs nothing from the accounts feature.
 */
@Controller
@RequiredArgsConstructor
class ServiceDirectoryController {

    private final ServiceDirectory directory;
    private final AgencyService agencies;
    private final GeographyService geography;

    @GetMapping("/directory/services")
    String search(@RequestParam(required = false) ServiceType type, @RequestParam(required = false) String district,
                  Authentication authentication, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("district", district == null || district.isBlank() ? null : district);
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("districts", geography.activeDistricts());
        model.addAttribute("districtNames", districtNames());
        model.addAttribute("listings", directory.search(type, district));
        Editor editor = editor(authentication);
        model.addAttribute("editorAgencyId", editor.agencyId());
        model.addAttribute("editorSupervisor", editor.supervisor());
        model.addAttribute("editorAdmin", editor.admin());
        return "directory/services";
    }

    @GetMapping("/directory/services/{agencyCode}/{type}/edit")
    String edit(@PathVariable String agencyCode, @PathVariable ServiceType type, Authentication authentication, Model model) {
        ServiceListing listing = editable(agencyCode, type, authentication);
        model.addAttribute("form", ServiceOfferForm.of(listing));
        return formView(listing, model);
    }

    @PostMapping("/directory/services/{agencyCode}/{type}")
    String update(@PathVariable String agencyCode, @PathVariable ServiceType type, @ModelAttribute("form") ServiceOfferForm form,
                  BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
        ServiceListing listing = editable(agencyCode, type, authentication);
        try {
            return FormSubmission.saveOrShowAgain(result, () -> {
                Editor editor = editor(authentication);
                directory.update(authentication.getName(), editor.agencyId(), editor.supervisor(), editor.admin(), agencyCode, type, form);
                redirect.addFlashAttribute("success", "directory.saved");
                return "redirect:/directory/services?type=" + type;
            }, () -> formView(listing, model));
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
            form.setVersion(listing.version());
            return formView(listing, model);
        }
    }

    private ServiceListing editable(String agencyCode, ServiceType type, Authentication authentication) {
        ServiceListing listing = directory.listing(agencyCode, type);
        Editor editor = editor(authentication);
        if (!ServiceDirectory.mayEdit(listing, editor.agencyId(), editor.supervisor(), editor.admin())) {
            throw new RecordNotFoundException("Service", agencyCode + "/" + type);
        }
        return listing;
    }

    private String formView(ServiceListing listing, Model model) {
        model.addAttribute("listing", listing);
        model.addAttribute("eligibilities", Eligibility.values());
        model.addAttribute("districts", listing.provinceCode() == null ? geography.activeDistricts()
                : geography.districtsOf(listing.provinceCode()));
        return "directory/edit";
    }

    private Map<String, District> districtNames() {
        return geography.districts().stream().collect(Collectors.toMap(District::getCode, Function.identity()));
    }

    private record Editor(long agencyId, boolean supervisor, boolean admin) {
    }

    private Editor editor(Authentication authentication) {
        long agencyId = authentication.getPrincipal() instanceof AuditActor actor
                ? agencies.findByCode(actor.agencyCode()).map(Agency::getId).orElse(-1L) : -1L;
        boolean supervisor = hasRole(authentication, "ROLE_SUPERVISOR");
        return new Editor(agencyId, supervisor, hasRole(authentication, "ROLE_ADMIN"));
    }

    private static boolean hasRole(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
