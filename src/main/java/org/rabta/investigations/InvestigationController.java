package org.rabta.investigations;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CasesApi;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.web.FlashMessages;
import org.rabta.web.FormSubmission;
import org.rabta.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The investigation screens: the list with its filters, registration and edit of an FIR, its page with the timeline,
 * and the court calendar ({@link InvestigationPartsController} adds accused, victims and requests;
 * {@link AccusedController} shows an accused person). Everything goes through the services, which check access and
 * audit.
 */
@Controller
@RequiredArgsConstructor
class InvestigationController {

    static final String ID = "{id:\\d+}";

    private final InvestigationService investigations;
    private final InvestigationSearch search;
    private final InvestigationAccess access;
    private final InvestigationOffers offers;
    private final CasesApi cases;
    private final GeographyService geography;

    @GetMapping("/investigations")
    String list(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("filter") InvestigationFilter filter,
                HttpServletRequest request, Model model) {
        InvestigationList found = search.list(user, filter);
        model.addAttribute("rows", found.items());
        model.addAttribute("byName", found.byName());
        model.addAttribute("pages", PageLinks.of(request, new SliceImpl<>(found.items(),
                PageRequest.of(filter.page(), filter.size()), found.hasNext())));
        model.addAttribute("districts", geography.activeDistricts());
        model.addAttribute("offences", Offence.values());
        return "investigations/list";
    }

    @GetMapping("/investigations/calendar")
    String calendar(@AuthenticationPrincipal RabtaUser user, Model model) {
        model.addAttribute("hearings", search.calendar(user));
        return "investigations/calendar";
    }

    /** From a case's offer: the case to link as complainant and the offence its determination proposes. */
    @GetMapping("/investigations/new")
    String newInvestigation(@AuthenticationPrincipal RabtaUser user, @RequestParam(required = false) String caseNumber,
                            @RequestParam(required = false) Offence offence, Model model) {
        access.requireInvestigator(user);
        model.addAttribute("form", InvestigationForm.proposed(caseNumber, offence));
        return formView(model, null);
    }

    @PostMapping("/cases/{caseNumber}/investigation-offer/decline")
    String declineOffer(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                        @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            offers.decline(user, cases.get(user, caseNumber), reason);
            redirect.addFlashAttribute("success", "investigations.offer.declinedSaved");
        } catch (InvalidInputException e) {
            FlashMessages.invalid(redirect, e.violations().getFirst());
        } catch (BusinessRuleException e) {
            FlashMessages.ruleBroken(redirect, e);
        }
        return "redirect:/cases/" + caseNumber + "#investigation";
    }

    @PostMapping("/investigations")
    String register(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("form") InvestigationForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            long id = investigations.register(user, form.toRequest());
            redirect.addFlashAttribute("success", "investigations.registered");
            return "redirect:/investigations/" + id;
        }, () -> {
            access.requireInvestigator(user); // the form is shown again only to whom may register
            return formView(model, null);
        });
    }

    @GetMapping("/investigations/" + ID)
    String show(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", investigations.view(user, id));
        return "investigations/view";
    }

    @GetMapping("/investigations/" + ID + "/edit")
    String edit(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", InvestigationForm.of(investigations.view(user, id).investigation()));
        return formView(model, id);
    }

    @PostMapping("/investigations/" + ID)
    String update(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") InvestigationForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            return FormSubmission.saveOrShowAgain(result, () -> {
                investigations.update(user, id, form.toRequest());
                redirect.addFlashAttribute("success", "investigations.updated");
                return "redirect:/investigations/" + id;
            }, () -> {
                access.investigation(user, id); // the form is shown again only to whom may edit the FIR
                return formView(model, id);
            });
        } catch (ConcurrentEditException e) {
            // Keep the user's input, say who changed the FIR, and take the current version: saving again applies it.
            model.addAttribute("stale", e);
            form.setVersion(access.investigation(user, id).getVersion());
            return formView(model, id);
        }
    }

    private String formView(Model model, Long id) {
        model.addAttribute("investigationId", id);
        model.addAttribute("districts", geography.activeDistricts());
        model.addAttribute("offences", Offence.values());
        return "investigations/form";
    }
}
