package org.rabta.investigations;

import static org.rabta.investigations.InvestigationController.ID;

import java.util.Arrays;
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

    /**
     * What an investigation's forms add: where each is in the URL, its template, its form as it starts, the message of
     * a success and the choices it offers.
     */
    private enum Part {
        ACCUSED("accused", "investigations/accused-form", AccusedForm::new, "investigations.accused.added",
                Map.of("sexes", Sex.values(), "roles", AccusedRole.values())),
        VICTIM("victims", "investigations/victim-form", VictimForm::new, "investigations.victim.added",
                Map.of("roles", VictimRole.values())),
        MLA_REQUEST("mla-requests", "investigations/mla-form", MlaForm::new, "investigations.mla.added",
                Map.of("kinds", MlaKind.values(), "directions", MlaDirection.values(), "statuses", MlaStatus.values()));

        /** The paths of {@link #newPart}'s mapping. */
        static final String PATHS = "accused|victims|mla-requests";

        private final String path;
        private final String template;
        private final Supplier<Object> emptyForm;
        private final String success;
        private final Map<String, Object[]> choices;

        Part(String path, String template, Supplier<Object> emptyForm, String success, Map<String, Object[]> choices) {
            this.path = path;
            this.template = template;
            this.emptyForm = emptyForm;
            this.success = success;
            this.choices = choices;
        }

        static Part at(String path) {
            return Arrays.stream(values()).filter(part -> part.path.equals(path)).findFirst().orElseThrow();
        }
    }

    private final InvestigationService investigations;

    @GetMapping("/investigations/" + ID + "/{part:" + Part.PATHS + "}/new")
    String newPart(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @PathVariable("part") String path,
                   Model model) {
        Part part = Part.at(path);
        model.addAttribute("form", part.emptyForm.get());
        return formView(user, id, model, part);
    }

    @PostMapping("/investigations/" + ID + "/accused")
    String addAccused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") AccusedForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        return save(user, id, result, model, redirect, Part.ACCUSED,
                () -> "/accused/" + investigations.addAccused(user, id, form.toRequest()));
    }

    @PostMapping("/investigations/" + ID + "/victims")
    String addVictim(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") VictimForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        return saveAndReturn(user, id, result, model, redirect, Part.VICTIM,
                () -> investigations.addVictim(user, id, form.toRequest()));
    }

    @PostMapping("/investigations/" + ID + "/mla-requests")
    String addMlaRequest(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @ModelAttribute("form") MlaForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        return saveAndReturn(user, id, result, model, redirect, Part.MLA_REQUEST,
                () -> investigations.addMlaRequest(user, id, form.toRequest()));
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

    /** Saves a part the investigation's page lists, and goes back to that page. */
    private String saveAndReturn(RabtaUser user, long id, BindingResult result, Model model, RedirectAttributes redirect, Part part,
                                 Runnable add) {
        return save(user, id, result, model, redirect, part, () -> {
            add.run();
            return "/investigations/" + id;
        });
    }

    private String formView(RabtaUser user, long id, Model model, Part part) {
        model.addAttribute("investigation", investigations.view(user, id).investigation());
        model.addAllAttributes(part.choices);
        return part.template;
    }
}
