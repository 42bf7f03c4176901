package org.rabta.investigations;

import static org.rabta.investigations.InvestigationController.ID;

import java.util.Map;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.Sex;
import org.rabta.web.FormSubmission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that add to an investigation its accused, its victims and its requests to other countries. Each is shown
 * with the investigation it adds to (an access check) and again, with what was typed, when the service refuses it.
 */
@Controller
@RequiredArgsConstructor
class InvestigationPartsController {

    /** What an investigation's forms add: the template of each, the message of a success and the choices it offers. */
    private enum Part {
        ACCUSED("investigations/accused-form", "investigations.accused.added",
                Map.of("sexes", Sex.values(), "roles", AccusedRole.values())),
        VICTIM("investigations/victim-form", "investigations.victim.added", Map.of("roles", VictimRole.values())),
        MLA_REQUEST("investigations/mla-form", "investigations.mla.added",
                Map.of("kinds", MlaKind.values(), "directions", MlaDirection.values(), "statuses", MlaStatus.values()));

        private final String template;
        private final String success;
        private final Map<String, Object[]> choices;

        Part(String template, String success, Map<String, Object[]> choices) {
            this.template = template;
            this.success = success;
            this.choices = choices;
        }
    }

    private final InvestigationService investigations;

    @GetMapping("/investigations/" + ID + "/accused/new")
    String newAccused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", new AccusedForm());
        return formView(user, id, model, Part.ACCUSED);
    }

    @PostMapping("/investigations/" + ID + "/accused")
    String addAccused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") AccusedForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        return save(user, id, result, model, redirect, Part.ACCUSED,
                () -> "/accused/" + investigations.addAccused(user, id, form.toRequest()));
    }

    @GetMapping("/investigations/" + ID + "/victims/new")
    String newVictim(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", new VictimForm());
        return formView(user, id, model, Part.VICTIM);
    }

    @PostMapping("/investigations/" + ID + "/victims")
    String addVictim(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") VictimForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        return save(user, id, result, model, redirect, Part.VICTIM, () -> {
            investigations.addVictim(user, id, form.toRequest());
            return "/investigations/" + id;
        });
    }

    @GetMapping("/investigations/" + ID + "/mla-requests/new")
    String newMlaRequest(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", new MlaForm());
        return formView(user, id, model, Part.MLA_REQUEST);
    }

    @PostMapping("/investigations/" + ID + "/mla-requests")
    String addMlaRequest(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") MlaForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        return save(user, id, result, model, redirect, Part.MLA_REQUEST, () -> {
            investigations.addMlaRequest(user, id, form.toRequest());
            return "/investigations/" + id;
        });
    }

    /** Saves the part and goes to the page {@code saved} answers, or shows the form again beside what was refused. */
    private String save(RabtaUser user, long id, BindingResult result, Model model, RedirectAttributes redirect, Part part,
                        Supplier<String> saved) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            String target = saved.get();
            redirect.addFlashAttribute("success", part.success);
            return "redirect:" + target;
        }, () -> formView(user, id, model, part));
    }

    private String formView(RabtaUser user, long id, Model model, Part part) {
        model.addAttribute("investigation", investigations.view(user, id).investigation());
        model.addAllAttributes(part.choices);
        return part.template;
    }
}
