package org.rabta.investigations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CasesApi;
import org.rabta.cases.Sex;
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
 * the forms that add accused, victims and requests, an accused person's page with the form of their next step, and the
 * court calendar. Everything goes through the services, which check access and audit.
 */
@Controller
@RequiredArgsConstructor
class InvestigationController {

    static final String ID = "{id:\\d+}";

    private final InvestigationService investigations;
    private final AccusedService accused;
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

    @GetMapping("/investigations/" + ID + "/accused/new")
    String newAccused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", new AccusedForm());
        return accusedFormView(user, id, model);
    }

    @PostMapping("/investigations/" + ID + "/accused")
    String addAccused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") AccusedForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            long accusedId = investigations.addAccused(user, id, form.toRequest());
            redirect.addFlashAttribute("success", "investigations.accused.added");
            return "redirect:/accused/" + accusedId;
        }, () -> accusedFormView(user, id, model));
    }

    @GetMapping("/investigations/" + ID + "/victims/new")
    String newVictim(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", new VictimForm());
        return victimFormView(user, id, model);
    }

    @PostMapping("/investigations/" + ID + "/victims")
    String addVictim(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") VictimForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            investigations.addVictim(user, id, form.toRequest());
            redirect.addFlashAttribute("success", "investigations.victim.added");
            return "redirect:/investigations/" + id;
        }, () -> victimFormView(user, id, model));
    }

    @GetMapping("/investigations/" + ID + "/mla-requests/new")
    String newMlaRequest(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", new MlaForm());
        return mlaFormView(user, id, model);
    }

    @PostMapping("/investigations/" + ID + "/mla-requests")
    String addMlaRequest(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") MlaForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            investigations.addMlaRequest(user, id, form.toRequest());
            redirect.addFlashAttribute("success", "investigations.mla.added");
            return "redirect:/investigations/" + id;
        }, () -> mlaFormView(user, id, model));
    }

    @GetMapping("/accused/" + ID)
    String accused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        AccusedView view = accused.view(user, id);
        model.addAttribute("view", view);
        model.addAttribute("form", EventForm.forOffences(view.investigation().getOffences()));
        return eventFormView(model);
    }

    @PostMapping("/accused/" + ID + "/events")
    String recordEvent(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") EventForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            accused.recordEvent(user, id, form.toRequest());
            redirect.addFlashAttribute("success", "investigations.event.recorded");
            return "redirect:/accused/" + id;
        }, () -> {
            model.addAttribute("view", accused.view(user, id));
            return eventFormView(model);
        });
    }

    private String formView(Model model, Long id) {
        model.addAttribute("investigationId", id);
        model.addAttribute("districts", geography.activeDistricts());
        model.addAttribute("offences", Offence.values());
        return "investigations/form";
    }

    private String accusedFormView(RabtaUser user, long id, Model model) {
        model.addAttribute("investigation", investigations.view(user, id).investigation());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("roles", AccusedRole.values());
        return "investigations/accused-form";
    }

    private String victimFormView(RabtaUser user, long id, Model model) {
        model.addAttribute("investigation", investigations.view(user, id).investigation());
        model.addAttribute("roles", VictimRole.values());
        return "investigations/victim-form";
    }

    private String mlaFormView(RabtaUser user, long id, Model model) {
        model.addAttribute("investigation", investigations.view(user, id).investigation());
        model.addAttribute("kinds", MlaKind.values());
        model.addAttribute("directions", MlaDirection.values());
        model.addAttribute("statuses", MlaStatus.values());
        return "investigations/mla-form";
    }

    private String eventFormView(Model model) {
        model.addAttribute("types", AccusedEventType.values());
        Set<Offence> all = EnumSet.copyOf(Arrays.asList(Offence.values()));
        model.addAttribute("offences", all);
        return "investigations/accused";
    }
}
