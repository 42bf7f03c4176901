package org.rabta.accounts.twofactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SecondFactor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The step after the password for a user with an authenticator: a code from the app, or a recovery code. */
@Controller
@RequestMapping(SecondFactorAuthorization.CODE_PAGE)
@RequiredArgsConstructor
class SecondFactorSignInController {

    private final SecondFactorService secondFactors;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    /** The page is part of signing in: the layout shows none of Rabta's navigation or counters yet. */
    @ModelAttribute("signInStep")
    boolean signInStep() {
        return true;
    }

    @GetMapping
    String page(Authentication authentication) {
        String elsewhere = elsewhere(authentication);
        return elsewhere != null ? elsewhere : "accounts/second-factor";
    }

    @PostMapping
    String verify(Authentication authentication, @RequestParam(defaultValue = "") String code, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        String elsewhere = elsewhere(authentication);
        if (elsewhere != null) {
            return elsewhere;
        }
        RabtaUser user = (RabtaUser) authentication.getPrincipal();
        switch (secondFactors.verify(user, code)) {
            case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {
                SecondFactorAuthorization.grant(authentication, user, request, response);
                SavedRequest saved = requestCache.getRequest(request, response);
                requestCache.removeRequest(request, response);
                return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
            }
            case LOCKED -> {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                return "redirect:/login?error";
            }
            default -> {
                model.addAttribute("wrongCode", true);
                return "accounts/second-factor";
            }
        }
    }

    /** Where to go instead of this page: enrolment first, or on to Rabta when no code is owed. */
    private static String elsewhere(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof RabtaUser user) || user.secondFactor() == SecondFactor.NONE
                || SecondFactorAuthorization.hasSecondFactor(authentication)) {
            return "redirect:/";
        }
        return user.secondFactor() == SecondFactor.ENROL ? "redirect:" + SecondFactorAuthorization.ENROL_PAGE : null;
    }
}
