package org.rabta.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.web.FlashMessages;
import org.rabta.web.PageLinks;
import org.rabta.web.RecordForms;
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
    private final RecordForms<Long, Agency> forms = new RecordForms<>(this::agency, this::formView,
            Agency::getCode, agency -> "/admin/agencies/" + agency.getId());

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
        return forms.showNew(model, AgencyForm.empty());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return forms.create(result, model, redirect, "admin.agency.created", () -> agencies.create(form));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return forms.edit(model, id, AgencyForm::of);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return forms.update(result, model, redirect, "admin.agency.updated", id, form::onCurrent,
                () -> agencies.update(id, form));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.change(redirect, "admin.agency.deactivated", () -> agencies.setActive(id, false));
        return "redirect:/admin/agencies/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.change(redirect, "admin.agency.reactivated", () -> agencies.setActive(id, true));
        return "redirect:/admin/agencies/" + id;
    }

    /** A method for {@link #forms}, which is built before {@code agencies} is set. */
    private Agency agency(long id) {
        return agencies.agency(id);
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
