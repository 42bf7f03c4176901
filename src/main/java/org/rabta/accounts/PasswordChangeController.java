package org.rabta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.rabta.shared.BusinessRuleException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
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

/**
 * Every user may change their own password; a user with a one-time password must. The change signs the user out of
 * every other session; wrong current passwords count toward the lockout, which signs them out of this one too.
 */
@Controller
@RequestMapping(MustChangePasswordFilter.CHANGE_PASSWORD_PATH)
@RequiredArgsConstructor
class PasswordChangeController {

    private final OwnAccount accounts;
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

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
            accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword(), request.getSession().getId());
        } catch (WrongCurrentPasswordException e) {
            if (e.locked()) {
                // Locked by this very form (or before it): no session of the user may go on, this one included.
                accounts.endAllSessions(user);
                signOut.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
                return "redirect:/login?error";
            }
            result.rejectValue("currentPassword", e.messageCode());
            return "accounts/password";
        } catch (BusinessRuleException e) {
            result.rejectValue("newPassword", e.messageCode(), e.arguments(), e.messageCode());
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
