package org.rabta.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.web.FlashMessages;
import org.rabta.web.FormSubmission;
import org.rabta.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** Agency administration (ADMIN only): the directory of agencies, their jurisdiction and services. */
@Controller
@RequestMapping("/admin/agencies")
@RequiredArgsConstructor
class AgencyAdminController {

    static final int PAGE_SIZE = 25;

    private final AgencyService agencies;
    private final GeographyService geography;

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        Page<Agency> found = agencies.search(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("agencies", found);
        model.addAttribute("links", PageLinks.of(request, found));
        model.addAttribute("q", q);
        model.addAttribute("provinces", geography.provinces());
        return "admin/agencies/list";
    }

    @GetMapping("/new")
    String newAgency(Model model) {
        model.addAttribute("form", AgencyForm.empty());
        return formView(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormSubmission.saveOrShowAgain(result, () -> {
            Agency agency = agencies.create(form);
            FlashMessages.success(redirect, "admin.agency.created", agency.getCode());
            return "redirect:/admin/agencies/" + agency.getId();
        }, () -> formView(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Agency agency = agencies.agency(id);
        model.addAttribute("form", AgencyForm.of(agency));
        return formView(model, agency);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Agency agency = agencies.agency(id);
        return FormSubmission.saveOrShowCurrent(result, model, agency, () -> agencies.agency(id), form::onCurrent,
                shown -> formView(model, shown), () -> {
                    agencies.update(id, form);
                    FlashMessages.success(redirect, "admin.agency.updated", agency.getCode());
                    return "redirect:/admin/agencies/" + id;
                });
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.change(redirect, "admin.agency.deactivated", () -> agencies.setActive(id, false));
        return "redirect:/admin/agencies/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        agencies.setActive(id, true);
        redirect.addFlashAttribute("success", "admin.agency.reactivated");
        return "redirect:/admin/agencies/" + id;
    }

    /** {@code agency} is null on the creation form. */
    private String formView(Model model, Agency agency) {
        model.addAttribute("agency", agency);
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("levels", JurisdictionLevel.values());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("districtsByProvince", geography.districts().stream()
                .filter(district -> district.isActive() || agency != null && agency.getDistrictCodes().contains(district.getCode()))
                .collect(Collectors.groupingBy(District::getProvinceCode)));
        return "admin/agencies/form";
    }
}
