package org.rabta.investigations;

import static org.rabta.investigations.InvestigationController.ID;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
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

/** An accused person's page, with the form of their next step (arrest, charge, hearing, verdict and the like). */
@Controller
@RequiredArgsConstructor
class AccusedController {

    private final AccusedService accused;

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

    private String eventFormView(Model model) {
        model.addAttribute("types", AccusedEventType.values());
        Set<Offence> all = EnumSet.copyOf(Arrays.asList(Offence.values()));
        model.addAttribute("offences", all);
        return "investigations/accused";
    }
}
