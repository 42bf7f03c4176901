package org.rabta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: who they are, and where they are signed in, each session revocable. */
@Controller
@RequestMapping("/account")
@RequiredArgsConstructor
class AccountController {

    private final AccountSessionService sessions;
    private final OwnAccount accounts;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    @GetMapping
    String account(@AuthenticationPrincipal RabtaUser user, HttpServletRequest request, Model model) {
        model.addAttribute("account", accounts.own(user));
        model.addAttribute("sessions", sessions.list(user, request.getSession().getId()));
        return "accounts/account";
    }

    /** Ends one of the user's sessions; ending the current one is signing out. An unknown handle is a 404. */
    @PostMapping("/sessions/{handle:[0-9a-f]{32}}/end")
    String end(@AuthenticationPrincipal RabtaUser user, @PathVariable String handle, HttpServletRequest request,
               HttpServletResponse response, RedirectAttributes redirect) {
        if (sessions.end(user, handle, request.getSession().getId())) {
            signOut.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
            return "redirect:/login?logout";
        }
        redirect.addFlashAttribute("success", "account.sessions.ended");
        return "redirect:/account";
    }
}
