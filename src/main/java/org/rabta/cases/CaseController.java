package org.rabta.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.web.FlashMessages;
import org.rabta.web.FormSubmission;
import org.rabta.web.PageLinks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case screens: list and search, registration (with its duplicate check) and editing, the case page. What can be
 * done on the case page has controllers of its own: {@link CaseNotesController}, {@link CaseStatusController},
 * {@link CaseDuplicatesController}, {@link CaseAuditController}.
 */
@Controller
@RequestMapping("/cases")
@RequiredArgsConstructor
class CaseController {

    static final String CASE_NUMBER = "{caseNumber:[A-Z]{2}-\\d{4}-\\d{6}}";

    private final CaseQueries cases;
    private final CaseRegistration registration;
    private final CaseLifecycle lifecycle;
    private final CaseDuplicates duplicates;
    private final CasePages pages;
    private final GeographyService geography;
    private final DistrictNames districtNames;

    // ------------------------------------------------------------------ list

    @GetMapping
    String list(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("filter") CaseFilter filter, BindingResult binding,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                HttpServletRequest request, Model model) {
        CaseList result = cases.list(user, filter);
        model.addAttribute("result", result);
        model.addAttribute("links", PageLinks.of(request, result.slice()));
        model.addAttribute("sortState", SortState.of(request, filter));
        boolean partial = htmx != null && historyRestore == null;
        if (partial) {
            model.addAttribute("districtNames", districtNames.of(result.cases().stream().map(VictimCase::getDistrictCode).toList()));
            return "cases/list :: results";
        }
        // The whole page lists every district in its filter anyway: one read serves the filter and the rows.
        List<District> districts = geography.districts();
        model.addAttribute("districtNames", DistrictNames.byCode(districts));
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("districts", districts);
        model.addAttribute("staff", lifecycle.caseworkerChoices(user));
        return "cases/list";
    }

    // ------------------------------------------------------------------ registration

    @GetMapping("/new")
    String newCase(@AuthenticationPrincipal RabtaUser user, Model model) {
        lifecycle.caseworkerChoices(user); // caseworkers and supervisors only: anyone else gets 404
        CaseForm form = new CaseForm();
        form.setConsentRecordedBy(user.fullName());
        form.setNationality("PK");
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping
    String register(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("form") CaseForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            VictimCase victimCase = registration.register(user, form);
            FlashMessages.success(redirect, "cases.registered", victimCase.getCaseNumber());
            int possibleDuplicates = duplicates.duplicatesOf(user, victimCase.getCaseNumber()).size();
            if (possibleDuplicates > 0) {
                redirect.addFlashAttribute("possibleDuplicates", possibleDuplicates);
            }
            return "redirect:/cases/" + victimCase.getCaseNumber();
        }, () -> formView(model, null));
    }

    /** "Check for possible duplicates" on the registration form: a fragment for htmx, the whole form without it. */
    @PostMapping("/new/duplicates")
    String checkDuplicates(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("form") CaseForm form, BindingResult result,
                           @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("candidates", duplicates.duplicatesFor(user, form));
        model.addAttribute("checked", true);
        model.addAttribute("districtNames", districtNames.of(null));
        if (htmx != null) {
            return "cases/duplicates :: candidates";
        }
        return formView(model, null);
    }

    // ------------------------------------------------------------------ the case page

    @GetMapping("/" + CASE_NUMBER)
    String show(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, Model model) {
        CasePages.CasePage casePage = pages.page(user, caseNumber);
        CaseDetails details = casePage.details();
        model.addAttribute("details", details);
        model.addAttribute("c", details.victimCase());
        VictimCase victimCase = details.victimCase();
        model.addAttribute("districtNames", districtNames.of(Stream.of(victimCase.getDistrictCode(),
                victimCase.getRoute().getOriginDistrictCode(), victimCase.getRoute().getDestinationDistrictCode()).filter(Objects::nonNull).toList()));
        if (details.supervisor()) {
            model.addAttribute("staff", lifecycle.caseworkerChoices(user));
        }
        model.addAttribute("sections", casePage.sections());
        model.addAttribute("timelineLinks", casePage.timelineLinks());
        return "cases/view";
    }

    @GetMapping("/" + CASE_NUMBER + "/edit")
    String edit(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, Model model) {
        model.addAttribute("form", registration.editForm(user, caseNumber));
        return formView(model, caseNumber);
    }

    @PostMapping("/" + CASE_NUMBER)
    String update(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                  @ModelAttribute("form") CaseForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            return FormSubmission.saveOrShowAgain(result, () -> {
                registration.update(user, caseNumber, form);
                redirect.addFlashAttribute("success", "cases.updated");
                return "redirect:/cases/" + caseNumber;
            }, () -> formView(model, caseNumber));
        } catch (ConcurrentEditException e) {
            // Keep the user's input; show who changed the case and the values that differ now, and take the
            // current version so that saving again applies their input on top.
            CaseForm current = registration.editForm(user, caseNumber);
            model.addAttribute("stale", e);
            model.addAttribute("differences", CaseChanges.between(current, normalisedCopy(form)).stream()
                    .map(CaseChanges.Change::field).toList());
            model.addAttribute("current", current);
            form.setVersion(current.getVersion());
            return formView(model, caseNumber);
        }
    }

    // ------------------------------------------------------------------ helpers

    private String formView(Model model, String caseNumber) {
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("districtsByProvince", geography.activeDistricts().stream()
                .collect(Collectors.groupingBy(District::getProvinceCode)));
        model.addAttribute("howIdentifiedValues", HowIdentified.values());
        model.addAttribute("sexValues", Sex.values());
        model.addAttribute("exploitationValues", ExploitationType.values());
        model.addAttribute("controlValues", ControlMethod.values());
        model.addAttribute("recruitmentValues", RecruitmentMethod.values());
        model.addAttribute("consentValues", ConsentStatus.values());
        return "cases/form";
    }

    private static CaseForm normalisedCopy(CaseForm form) {
        form.normalise();
        return form;
    }
}
