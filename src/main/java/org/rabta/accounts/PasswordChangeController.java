package org.rabta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.rabta.shared.BusinessRuleException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user may change their own password; a user with a one-time password must. */
@Controller
@RequestMapping(MustChangePasswordFilter.CHANGE_PASSWORD_PATH)
class PasswordChangeController {

    private final UserAccountService accounts;
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

    PasswordChangeController(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return "accounts/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal RabtaUser user, @Valid @ModelAttribute("form") PasswordChangeForm form,
                  BindingResult result, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.error.mismatch");
        }
        if (result.hasErrors()) {
            return "accounts/password";
        }
        try {
            accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword());
        } catch (BusinessRuleException e) {
            String field = e.messageCode().equals("account.password.error.currentWrong") ? "currentPassword" : "newPassword";
            result.rejectValue(field, e.messageCode(), e.arguments(), e.messageCode());
            return "accounts/password";
        }
        refreshPrincipal(user, request, response);
        redirect.addFlashAttribute("success", "account.password.changed");
        return "redirect:/";
    }

    /**
     * The session keeps the principal: replace it so the must-change flag no longer applies, keeping the factors
     * (password, second factor) the sign-in proved.
     */
    private void refreshPrincipal(RabtaUser user, HttpServletRequest request, HttpServletResponse response) {
        RabtaUser updated = user.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication().toBuilder().principal(updated).build());
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
    }
}
