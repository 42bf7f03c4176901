package org.rabta.geography;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.rabta.web.RecordForms;
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
 * District administration (ADMIN only). Pakistan creates, splits and renames districts often, so
 * admins add and rename them and retire old ones; a retired district stays on the records that use it.
 */
@Controller
@RequestMapping("/admin/districts")
@RequiredArgsConstructor
class DistrictAdminController {

    static final String DISTRICT_CODE = "{code:PK\\d{3,4}}";

    private final GeographyService geography;
    private final RecordForms<String, District> forms = new RecordForms<>(this::district, this::formView,
            District::getNameEn, district -> "/admin/districts?province=" + district.getProvinceCode());

    /** One province at a time (the first one unless chosen): at most a few dozen districts, no paging needed. */
    @GetMapping
    String list(@RequestParam(required = false) String province, Model model) {
        var provinces = geography.provinces();
        Province shown = provinces.stream().filter(p -> p.getCode().equals(province)).findFirst().orElse(provinces.getFirst());
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", shown);
        model.addAttribute("districts", geography.districtsOf(shown.getCode()));
        return "admin/districts/list";
    }

    @GetMapping("/new")
    String newDistrict(@RequestParam(required = false) String province, Model model) {
        DistrictForm empty = DistrictForm.empty();
        return forms.showNew(model, new DistrictForm(empty.code(), province == null ? "" : province, empty.nameEn(),
                empty.nameUr(), null, null, true, null));
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") DistrictForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return forms.create(result, model, redirect, "admin.district.added", () -> geography.addDistrict(form));
    }

    @GetMapping("/" + DISTRICT_CODE)
    String edit(@PathVariable String code, Model model) {
        return forms.edit(model, code, DistrictForm::of);
    }

    @PostMapping("/" + DISTRICT_CODE)
    String update(@PathVariable String code, @Valid @ModelAttribute("form") DistrictForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return forms.update(result, model, redirect, "admin.district.updated", code, form::onCurrent,
                () -> geography.updateDistrict(code, form));
    }

    /** A method for {@link #forms}, which is built before {@code geography} is set. */
    private District district(String code) {
        return geography.district(code);
    }

    /** {@code district} is null on the form that adds one. */
    private String formView(Model model, District district) {
        model.addAttribute("district", district);
        model.addAttribute("provinces", geography.provinces());
        return "admin/districts/form";
    }
}
