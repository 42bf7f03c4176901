package org.rabta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.UserAdministration.IssuedPassword;
import org.rabta.accounts.twofactor.SecondFactorService;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.web.FlashMessages;
import org.rabta.web.PageLinks;
import org.rabta.web.RecordForms;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
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
 * User administration (ADMIN only: /admin/** is restricted in the security chain, and the service
 * checks again). A new user, or a reset, gets a one-time password that this screen shows once.
 */
@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class UserAdminController {

    static final int PAGE_SIZE = 25;

    private final UserAdministration accounts;
    private final AgencyService agencies;
    private final SecondFactorService secondFactors;
    private final RecordForms<Long, UserAccount> forms = new RecordForms<>(this::user, this::formView,
            UserAccount::getUsername, user -> "/admin/users/" + user.getId());

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long agency,
                @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        Page<UserAccount> users = accounts.search(q, agency, role, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("users", users);
        model.addAttribute("links", PageLinks.of(request, users));
        model.addAttribute("q", q);
        model.addAttribute("agency", agency);
        model.addAttribute("role", role);
        model.addAttribute("agencies", agencies.allAgencies());
        model.addAttribute("roles", Role.values());
        return "admin/users/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return forms.showNew(model, UserForm.empty());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return forms.create(result, model, redirect, "admin.user.created", () -> {
            IssuedPassword issued = accounts.create(form);
            redirect.addFlashAttribute("oneTimePassword", issued.password());
            return issued.user();
        });
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model, HttpServletResponse response) {
        // The page may carry a one-time password: keep it out of every cache.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return forms.edit(model, id, UserForm::of);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return forms.update(result, model, redirect, "admin.user.updated", id, form::onCurrent,
                () -> accounts.update(id, form));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "admin.user.deactivated", () -> accounts.setActive(id, false));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "admin.user.reactivated", () -> accounts.setActive(id, true));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "admin.user.unlocked", () -> accounts.unlock(id));
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "admin.user.passwordReset", () -> {
            IssuedPassword issued = accounts.resetPassword(id);
            redirect.addFlashAttribute("oneTimePassword", issued.password());
        });
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        FlashMessages.change(redirect, success, action);
        return "redirect:/admin/users/" + id;
    }

    /** A method for {@link #forms}, which is built before {@code accounts} is set. */
    private UserAccount user(long id) {
        return accounts.user(id);
    }

    /** {@code user} is null on the creation form. */
    private String formView(Model model, UserAccount user) {
        List<Agency> choices = new ArrayList<>(agencies.activeAgencies());
        if (user != null && !user.getAgency().isActive()) {
            // An inactive agency is offered only to the users who already belong to it.
            choices.add(agencies.agency(user.getAgency().getId()));
        }
        model.addAttribute("account", user);
        if (user != null) {
            // Read with the page, not while it renders: a read then is a database transaction of its own.
            model.addAttribute("twoFactorEnrolled", secondFactors.isEnrolled(user.getId()));
        }
        model.addAttribute("agencyChoices", choices);
        model.addAttribute("roles", Role.values());
        return "admin/users/form";
    }
}
