package org.rabta.accounts.twofactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SecondFactor;
import org.rabta.shared.BusinessRuleException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own authenticator: enrol with a QR code, see the recovery codes once, remove it with a code. */
@Controller
@RequestMapping("/account/two-factor")
@RequiredArgsConstructor
class TwoFactorAccountController {

    private final SecondFactorService secondFactors;

    @GetMapping
    String status(Authentication authentication, Model model) {
        model.addAttribute("status", secondFactors.status(user(authentication)));
        return "accounts/two-factor";
    }

    @GetMapping("/enrol")
    String enrolment(Authentication authentication, Model model, HttpServletResponse response) {
        RabtaUser user = user(authentication);
        if (user.secondFactor() == SecondFactor.CODE) {
            // Enrolled already: a user still owing the code is sent to the code page by the authorization rules.
            return "redirect:/account/two-factor";
        }
        try {
            return enrolmentPage(user, model, response);
        } catch (BusinessRuleException alreadyEnrolled) {
            return "redirect:/account/two-factor";
        }
    }

    @PostMapping("/enrol")
    String confirm(Authentication authentication, @RequestParam(defaultValue = "") String code, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        RabtaUser user = user(authentication);
        if (user.secondFactor() == SecondFactor.CODE) {
            return "redirect:/account/two-factor";
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.confirmEnrolment(user, code);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.messageCode());
            return enrolmentPage(user, model, response);
        }
        // The code just given proves the second factor for this session too.
        SecondFactorAuthorization.grant(authentication, user.withSecondFactor(SecondFactor.CODE), request, response);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "accounts/recovery-codes";
    }

    @PostMapping("/disable")
    String disable(Authentication authentication, @RequestParam(defaultValue = "") String code, RedirectAttributes redirect,
                   HttpServletRequest request, HttpServletResponse response) {
        RabtaUser user = user(authentication);
        try {
            SecondFactor now = secondFactors.disable(user, code);
            SecondFactorAuthorization.withdraw(authentication, user.withSecondFactor(now), request, response);
            redirect.addFlashAttribute("success", now == SecondFactor.ENROL ? "account.twoFactor.disabledEnrolAgain"
                    : "account.twoFactor.disabled");
            return now == SecondFactor.ENROL ? "redirect:" + SecondFactorAuthorization.ENROL_PAGE : "redirect:/account/two-factor";
        } catch (BusinessRuleException e) {
            if (e.messageCode().equals("account.twoFactor.error.locked")) {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                return "redirect:/login?error";
            }
            redirect.addFlashAttribute("error", e.messageCode());
            return "redirect:/account/two-factor";
        }
    }

    private String enrolmentPage(RabtaUser user, Model model, HttpServletResponse response) {
        // The page shows the secret: keep it out of every cache.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("enrolment", secondFactors.startEnrolment(user));
        boolean required = user.secondFactor() == SecondFactor.ENROL;
        model.addAttribute("required", required);
        // Enrolment the role demands is still part of signing in: no navigation yet.
        model.addAttribute("signInStep", required);
        return "accounts/two-factor-enrol";
    }

    private static RabtaUser user(Authentication authentication) {
        return (RabtaUser) authentication.getPrincipal();
    }
}
