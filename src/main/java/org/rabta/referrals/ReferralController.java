package org.rabta.referrals;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.rabta.web.FieldErrors;
import org.rabta.web.FlashMessages;
import org.rabta.web.PageLinks;
import org.springframework.data.domain.Slice;
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

/** The referral screens: the form from a case, the referral page with its moves, and the inbox of both sides. */
@Controller
@RequiredArgsConstructor
class ReferralController {

    static final String CASE_NUMBER = "{caseNumber:[A-Z]{2}-\\d{4}-\\d{6}}";

    private final NewReferrals newReferrals;
    private final ReferralMoves moves;
    private final ReferralQueries queries;

    // ------------------------------------------------------------------ making a referral

    /** Also the target of the screening's recommended actions: {@code ?service=SHELTER} prefills the service. */
    @GetMapping("/cases/" + CASE_NUMBER + "/referrals/new")
    String newReferral(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                       @RequestParam(required = false) ServiceType service, @RequestParam(required = false) Long replaces,
                       Model model) {
        ReferralForm form = new ReferralForm();
        form.setServiceType(service);
        if (replaces != null) {
            Referral declined = newReferrals.declinedToReferAgain(user, replaces);
            form.setReplaces(declined.getId());
            form.setServiceType(service == null ? declined.getServiceType() : service);
            form.setUrgency(declined.getUrgency());
            form.setMessage(declined.getMessage());
            model.addAttribute("declined", declined);
            model.addAttribute("declinedBy", queries.agenciesOf(List.of(declined)).get(declined.getToAgencyId()));
        }
        model.addAttribute("form", form);
        return formView(user, caseNumber, form, model);
    }

    @PostMapping("/cases/" + CASE_NUMBER + "/referrals")
    String create(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                  @ModelAttribute("form") ReferralForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return formView(user, caseNumber, form, model);
        }
        try {
            Referral referral = newReferrals.create(user, caseNumber, form.toRequest());
            redirect.addFlashAttribute("success", form.isDraft() ? "referrals.saved" : "referrals.sent");
            return "redirect:/referrals/" + referral.getId();
        } catch (InvalidInputException e) {
            FieldErrors.reject(result, e.violations());
        } catch (ConsentRequiredException e) {
            result.rejectValue("consentOverrideReason", e.messageCode(), e.arguments(), e.messageCode());
        } catch (BusinessRuleException e) {
            FieldErrors.reject(result, e);
        }
        return formView(user, caseNumber, form, model);
    }

    private String formView(RabtaUser user, String caseNumber, ReferralForm form, Model model) {
        VictimCase victimCase = newReferrals.caseToRefer(user, caseNumber);
        model.addAttribute("c", victimCase);
        model.addAttribute("consentRecorded", ReferralConsent.recorded(victimCase));
        model.addAttribute("supervisor", user.hasRole(Role.SUPERVISOR));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("urgencies", Urgency.values());
        // Referring again elsewhere: the agency that declined is not offered again.
        Set<Long> excluded = new HashSet<>(Set.of(user.agencyId()));
        if (form.getReplaces() != null) {
            excluded.add(newReferrals.declinedToReferAgain(user, form.getReplaces()).getToAgencyId());
        }
        List<ProviderOption> providers = newReferrals.providers(victimCase, form.getServiceType(), excluded);
        model.addAttribute("providers", providers);
        model.addAttribute("caseReferrals", queries.ofCase(user, victimCase));
        return "referrals/form";
    }

    // ------------------------------------------------------------------ the referral page

    @GetMapping("/referrals/{id:\\d+}")
    String show(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        ReferralDetails details = queries.details(user, id);
        model.addAttribute("details", details);
        model.addAttribute("r", details.referral());
        return "referrals/view";
    }

    @PostMapping("/referrals/{id:\\d+}/{action:send|accept|decline|start|complete|withdraw|note}")
    String act(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @PathVariable String action,
               @RequestParam(required = false) String text, @RequestParam(required = false) String servicesDelivered,
               @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        ReferralAction move = ReferralAction.valueOf(action.toUpperCase(Locale.ROOT));
        try {
            moves.act(user, id, move, text, servicesDelivered, version);
            redirect.addFlashAttribute("success", "referrals.done." + move);
        } catch (InvalidInputException e) {
            Violation violation = e.violations().getFirst();
            redirect.addFlashAttribute("actionError", violation.code());
            redirect.addFlashAttribute("actionErrorArgs", violation.arguments().toArray());
            redirect.addFlashAttribute("actionErrorFor", move.name());
            redirect.addFlashAttribute("actionText", text);
        } catch (BusinessRuleException e) {
            FlashMessages.ruleBroken(redirect, e);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("error", "referrals.error.stale");
        }
        return "redirect:/referrals/" + id;
    }

    // ------------------------------------------------------------------ lists

    @GetMapping("/referrals")
    String list(@AuthenticationPrincipal RabtaUser user, @RequestParam(defaultValue = "NEW") ReferralBox box,
                @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Slice<Referral> slice = queries.list(user, box, null, page);
        model.addAttribute("box", box);
        model.addAttribute("boxes", ReferralBox.values());
        model.addAttribute("rows", slice);
        model.addAttribute("links", PageLinks.of(request, slice));
        model.addAttribute("agencies", queries.agenciesOf(slice.getContent()));
        return "referrals/list";
    }
}
