package org.rabta.screening;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.VictimCase;
import org.rabta.screening.engine.FactGroup;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.screening.indicators.IndicatorDimension;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.web.FieldErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guided questionnaire and the screening page. The questionnaire works as a plain form ("Check" re-renders the
 * page with the result); with htmx, every change posts the answers to {@code evaluate} and swaps in the result
 * panel. Saving follows PRG; errors stay beside their fields with the answers kept.
 */
@Controller
@RequestMapping("/cases/{caseNumber:[A-Z]{2}-\\d{4}-\\d{6}}/screenings")
@RequiredArgsConstructor
class ScreeningController {

    static final String CHECK = "check";
    static final String DRAFT = "draft";

    private final ScreeningReads reads;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final ScreeningMessages screeningMessages;

    // ------------------------------------------------------------------ questionnaire

    @GetMapping("/new")
    String newScreening(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, Model model, Locale locale,
                        RedirectAttributes redirect) {
        VictimCase victimCase;
        try {
            victimCase = recording.caseToScreen(user, caseNumber);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageCode());
            return "redirect:/cases/" + caseNumber;
        }
        QuestionnaireForm form = new QuestionnaireForm();
        form.setCaseAge(victimCase.getPerson().getAgeYears());
        model.addAttribute("form", form);
        return questionnaire(model, caseNumber, null, form, locale);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, @PathVariable long id,
                Model model, Locale locale, RedirectAttributes redirect) {
        ScreeningRecord record = record(user, caseNumber, id);
        if (!record.mayEdit()) {
            return "redirect:/cases/" + caseNumber + "/screenings/" + id;
        }
        VictimCase victimCase;
        try {
            victimCase = recording.caseToScreen(user, caseNumber);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageCode());
            return "redirect:/cases/" + caseNumber + "/screenings/" + id;
        }
        QuestionnaireForm form = QuestionnaireForm.of(record.screening());
        form.setCaseAge(victimCase.getPerson().getAgeYears());
        if (victimCase.getPerson().getAgeYears() == null) {
            form.setAge(record.screening().getAgeYears());
        }
        model.addAttribute("form", form);
        model.addAttribute("returned", record.screening());
        return questionnaire(model, caseNumber, id, form, locale);
    }

    @PostMapping
    String create(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                  @ModelAttribute("form") QuestionnaireForm form, BindingResult binding,
                  @RequestParam(defaultValue = CHECK) String action, Model model, Locale locale, RedirectAttributes redirect) {
        if (!reads.canRead(user, caseNumber)) {
            // before the answers are checked: a case out of reach is not found, whatever the form holds
            throw new RecordNotFoundException("Case", caseNumber);
        }
        return save(user, caseNumber, null, form, binding, action, model, locale, redirect);
    }

    @PostMapping("/{id}")
    String revise(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, @PathVariable long id,
                  @ModelAttribute("form") QuestionnaireForm form, BindingResult binding,
                  @RequestParam(defaultValue = CHECK) String action, Model model, Locale locale, RedirectAttributes redirect) {
        record(user, caseNumber, id);
        return save(user, caseNumber, id, form, binding, action, model, locale, redirect);
    }

    /** The result panel for the answers given so far (htmx); nothing is stored. */
    @PostMapping("/evaluate")
    String evaluate(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                    @ModelAttribute("form") QuestionnaireForm form, BindingResult binding, Model model, Locale locale) {
        if (!reads.canRead(user, caseNumber)) {
            throw new RecordNotFoundException("Case", caseNumber);
        }
        addAdvice(model, caseNumber, form, locale);
        return "screening/result :: panel";
    }

    private String save(RabtaUser user, String caseNumber, Long id, QuestionnaireForm form, BindingResult binding,
                        String action, Model model, Locale locale, RedirectAttributes redirect) {
        checkAge(form, binding);
        if (CHECK.equals(action) || binding.hasErrors()) {
            return questionnaire(model, caseNumber, id, form, locale);
        }
        boolean draft = DRAFT.equals(action);
        try {
            Screening screening = id == null
                    ? recording.create(user, caseNumber, form.toCommand(draft))
                    : recording.revise(user, id, form.getVersion(), form.toCommand(draft));
            redirect.addFlashAttribute("success", draft ? "screening.saved.draft" : "screening.saved.submitted");
            return draft
                    ? "redirect:/cases/" + caseNumber + "/screenings/" + screening.getId() + "/edit"
                    : "redirect:/cases/" + caseNumber + "/screenings/" + screening.getId();
        } catch (InvalidInputException e) {
            FieldErrors.reject(binding, e.violations());
            return questionnaire(model, caseNumber, id, form, locale);
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", e);
            form.setVersion(record(user, caseNumber, id).screening().getVersion());
            return questionnaire(model, caseNumber, id, form, locale);
        } catch (BusinessRuleException e) {
            model.addAttribute("ruleError", e);
            return questionnaire(model, caseNumber, id, form, locale);
        }
    }

    private static void checkAge(QuestionnaireForm form, BindingResult binding) {
        if (binding.hasFieldErrors("age")) {
            return;
        }
        if (form.getAge() != null && (form.getAge() < ScreeningInput.MIN_AGE || form.getAge() > ScreeningInput.MAX_AGE)) {
            binding.rejectValue("age", "screening.error.age", new Object[] {ScreeningInput.MIN_AGE, ScreeningInput.MAX_AGE},
                    "screening.error.age");
        }
    }

    private String questionnaire(Model model, String caseNumber, Long id, QuestionnaireForm form, Locale locale) {
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("screeningId", id);
        model.addAttribute("groups", FactGroup.values());
        model.addAttribute("dimensions", IndicatorDimension.values());
        addAdvice(model, caseNumber, form, locale);
        return "screening/questionnaire";
    }

    private void addAdvice(Model model, String caseNumber, QuestionnaireForm form, Locale locale) {
        ScreeningAdvice advice = reads.advise(form.previewInput(), form.toIndicators());
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("advice", advice);
        model.addAttribute("sentences", sentences(advice, locale));
    }

    private List<String> sentences(ScreeningAdvice advice, Locale locale) {
        return screeningMessages.sentences(advice.result().explanation(), locale);
    }

    // ------------------------------------------------------------------ the screening page and its review

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, @PathVariable long id,
                Model model, Locale locale) {
        ScreeningRecord record = record(user, caseNumber, id);
        model.addAttribute("record", record);
        model.addAttribute("s", record.screening());
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("advice", record.advice());
        model.addAttribute("sentences", sentences(record.advice(), locale));
        model.addAttribute("groups", FactGroup.values());
        return "screening/view";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, @PathVariable long id,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return review(caseNumber, id, redirect, "screening.confirmed", () -> reviews.confirm(user, id, version),
                null, user);
    }

    @PostMapping("/{id}/return")
    String giveBack(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, @PathVariable long id,
                    @RequestParam(required = false) Long version, @RequestParam(defaultValue = "") String comment,
                    RedirectAttributes redirect) {
        return review(caseNumber, id, redirect, "screening.returned", () -> reviews.giveBack(user, id, version, comment),
                comment, user);
    }

    private String review(String caseNumber, long id, RedirectAttributes redirect, String success, Runnable step,
                          String comment, RabtaUser user) {
        record(user, caseNumber, id);
        try {
            step.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            // Flash attributes live in the (JDBC) session: only the code and plain arguments go there.
            redirect.addFlashAttribute("commentError", e.violations().getFirst().code());
            redirect.addFlashAttribute("commentErrorArgs", e.violations().getFirst().arguments().toArray());
            redirect.addFlashAttribute("comment", comment);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("error", "screening.error.stale");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageCode());
        }
        return "redirect:/cases/" + caseNumber + "/screenings/" + id;
    }

    /** The screening, if it belongs to the case in the address and the user may read that case; else not found. */
    private ScreeningRecord record(RabtaUser user, String caseNumber, long id) {
        ScreeningRecord record = reads.get(user, id);
        if (!record.screening().getCaseNumber().equals(caseNumber)) {
            throw new RecordNotFoundException("Screening", id);
        }
        return record;
    }
}
