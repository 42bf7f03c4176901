package org.rabta.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rabta.accounts.RabtaUser;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.rabta.web.FieldErrors;
import org.rabta.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case screens: list and search, registration, the case page and what can be done on it. */
@Controller
@RequestMapping("/cases")
class CaseController {

    static final String CASE_NUMBER = "{caseNumber:[A-Z]{2}-\\d{4}-\\d{6}}";

    private final CaseService cases;
    private final GeographyService geography;
    private final CasePages pages;

    CaseController(CaseService cases, GeographyService geography, CasePages pages) {
        this.cases = cases;
        this.geography = geography;
        this.pages = pages;
    }

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
            model.addAttribute("districtNames", districtNames(result.cases().stream().map(VictimCase::getDistrictCode).toList()));
            return "cases/list :: results";
        }
        // The whole page lists every district in its filter anyway: one read serves the filter and the rows.
        List<District> districts = geography.districts();
        model.addAttribute("districtNames", districts.stream().collect(Collectors.toMap(District::getCode, Function.identity())));
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("districts", districts);
        model.addAttribute("staff", cases.caseworkerChoices(user));
        return "cases/list";
    }

    // ------------------------------------------------------------------ registration

    @GetMapping("/new")
    String newCase(@AuthenticationPrincipal RabtaUser user, Model model) {
        cases.caseworkerChoices(user); // caseworkers and supervisors only: anyone else gets 404
        CaseForm form = new CaseForm();
        form.setConsentRecordedBy(user.fullName());
        form.setNationality("PK");
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping
    String register(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("form") CaseForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return formView(model, null);
        }
        try {
            VictimCase victimCase = cases.register(user, form);
            redirect.addFlashAttribute("success", "cases.registered");
            redirect.addFlashAttribute("successArgs", new Object[] {victimCase.getCaseNumber()});
            int possibleDuplicates = cases.duplicatesOf(user, victimCase.getCaseNumber()).size();
            if (possibleDuplicates > 0) {
                redirect.addFlashAttribute("possibleDuplicates", possibleDuplicates);
            }
            return "redirect:/cases/" + victimCase.getCaseNumber();
        } catch (InvalidInputException e) {
            FieldErrors.reject(result, e.violations());
            return formView(model, null);
        }
    }

    /** "Check for possible duplicates" on the registration form: a fragment for htmx, the whole form without it. */
    @PostMapping("/new/duplicates")
    String checkDuplicates(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("form") CaseForm form, BindingResult result,
                           @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("candidates", cases.duplicatesFor(user, form));
        model.addAttribute("checked", true);
        model.addAttribute("districtNames", districtNames(null));
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
        model.addAttribute("districtNames", districtNames(java.util.stream.Stream.of(victimCase.getDistrictCode(),
                victimCase.getRoute().getOriginDistrictCode(), victimCase.getRoute().getDestinationDistrictCode()).filter(java.util.Objects::nonNull).toList()));
        if (details.supervisor()) {
            model.addAttribute("staff", cases.caseworkerChoices(user));
        }
        model.addAttribute("sections", casePage.sections());
        model.addAttribute("timelineLinks", casePage.timelineLinks());
        return "cases/view";
    }

    @GetMapping("/" + CASE_NUMBER + "/edit")
    String edit(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, Model model) {
        model.addAttribute("form", cases.editForm(user, caseNumber));
        return formView(model, caseNumber);
    }

    @PostMapping("/" + CASE_NUMBER)
    String update(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                  @ModelAttribute("form") CaseForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return formView(model, caseNumber);
        }
        try {
            cases.update(user, caseNumber, form);
            redirect.addFlashAttribute("success", "cases.updated");
            return "redirect:/cases/" + caseNumber;
        } catch (InvalidInputException e) {
            FieldErrors.reject(result, e.violations());
            return formView(model, caseNumber);
        } catch (ConcurrentEditException e) {
            // Keep the user's input; show who changed the case and the values that differ now, and take the
            // current version so that saving again applies their input on top.
            CaseForm current = cases.editForm(user, caseNumber);
            model.addAttribute("stale", e);
            model.addAttribute("differences", CaseChanges.between(current, normalisedCopy(form)).stream()
                    .map(CaseChanges.Change::field).toList());
            model.addAttribute("current", current);
            form.setVersion(current.getVersion());
            return formView(model, caseNumber);
        }
    }

    @PostMapping("/" + CASE_NUMBER + "/notes")
    String addNote(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                   @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean restricted,
                   RedirectAttributes redirect) {
        try {
            cases.addNote(user, caseNumber, body, restricted);
            redirect.addFlashAttribute("success", "cases.note.added");
        } catch (InvalidInputException e) {
            flashError(redirect, e.violations().getFirst());
            redirect.addFlashAttribute("noteBody", body);
        }
        return "redirect:/cases/" + caseNumber + "#notes";
    }

    @PostMapping("/" + CASE_NUMBER + "/attachments")
    String addAttachment(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                         @RequestParam(required = false) MultipartFile file,
                         @RequestParam(required = false) String description, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.empty")));
            }
            if (file.getSize() > AttachmentTypes.MAX_BYTES) {
                throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.tooLarge", 10)));
            }
            cases.addAttachment(user, caseNumber, file.getOriginalFilename(), file.getBytes(), description);
            redirect.addFlashAttribute("success", "cases.attachment.added");
        } catch (InvalidInputException e) {
            flashError(redirect, e.violations().getFirst());
        }
        return "redirect:/cases/" + caseNumber + "#attachments";
    }

    @GetMapping("/" + CASE_NUMBER + "/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                                    @PathVariable long attachmentId) {
        AttachmentDownload download = cases.download(user, caseNumber, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }

    @PostMapping("/" + CASE_NUMBER + "/follow-up")
    String followUp(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                    @RequestParam boolean followUp, RedirectAttributes redirect) {
        return act(redirect, caseNumber, "cases.statusChanged", () -> cases.markFollowUp(user, caseNumber, followUp));
    }

    @PostMapping("/" + CASE_NUMBER + "/close")
    String close(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                 @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "") String reason,
                 RedirectAttributes redirect) {
        redirect.addFlashAttribute("closeReason", reason);
        return act(redirect, caseNumber, "cases.closed", () -> cases.close(user, caseNumber, status, reason));
    }

    @PostMapping("/" + CASE_NUMBER + "/reopen")
    String reopen(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, RedirectAttributes redirect) {
        return act(redirect, caseNumber, "cases.reopened", () -> cases.reopen(user, caseNumber));
    }

    @PostMapping("/" + CASE_NUMBER + "/reassign")
    String reassign(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                    @RequestParam long caseworkerId, RedirectAttributes redirect) {
        return act(redirect, caseNumber, "cases.reassigned", () -> cases.reassign(user, caseNumber, caseworkerId));
    }

    // ------------------------------------------------------------------ duplicates and audit

    @GetMapping("/" + CASE_NUMBER + "/duplicates")
    String duplicates(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, Model model) {
        CaseDetails details = cases.details(user, caseNumber);
        model.addAttribute("c", details.victimCase());
        model.addAttribute("details", details);
        model.addAttribute("candidates", cases.duplicatesOf(user, caseNumber));
        model.addAttribute("districtNames", districtNames(null));
        return "cases/duplicates";
    }

    @PostMapping("/" + CASE_NUMBER + "/duplicates")
    String linkDuplicate(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                         @RequestParam String otherCaseNumber, RedirectAttributes redirect) {
        try {
            cases.linkDuplicate(user, caseNumber, otherCaseNumber);
            redirect.addFlashAttribute("success", "cases.duplicates.linked");
            redirect.addFlashAttribute("successArgs", new Object[] {otherCaseNumber});
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageCode());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/cases/" + caseNumber + "/duplicates";
    }

    @GetMapping("/" + CASE_NUMBER + "/audit")
    String audit(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                 @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var events = cases.auditTrail(user, caseNumber, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("events", events);
        model.addAttribute("links", PageLinks.of(request, events));
        return "cases/audit";
    }

    /**
     * The case page's "who looked at this person" section (supervisors of the owning agency): the fragment alone for
     * htmx (the case page loads it, and its "older" link pages it in place), the section on a page of its own without.
     */
    @GetMapping("/" + CASE_NUMBER + "/reads")
    String reads(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                 @RequestParam(required = false) Long before,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("reads", cases.whoLooked(user, caseNumber, before));
        model.addAttribute("before", before);
        return htmx != null ? "cases/reads :: readsPanel" : "cases/reads";
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

    private Map<String, District> districtNames(List<String> codes) {
        List<District> districts = codes == null || codes.size() > 5
                ? geography.districts()
                : codes.stream().distinct().map(geography::findDistrict).flatMap(java.util.Optional::stream).toList();
        return districts.stream().collect(Collectors.toMap(District::getCode, Function.identity()));
    }

    private static CaseForm normalisedCopy(CaseForm form) {
        form.normalise();
        return form;
    }

    private static void flashError(RedirectAttributes redirect, Violation violation) {
        redirect.addFlashAttribute("error", violation.code());
        redirect.addFlashAttribute("errorArgs", violation.arguments().toArray());
    }

    private static String act(RedirectAttributes redirect, String caseNumber, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageCode());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/cases/" + caseNumber;
    }
}
