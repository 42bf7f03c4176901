package org.rabta.accounts.apitokens;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's personal API tokens: create (the token shown once), see when each was last used, revoke. */
@Controller
@RequestMapping("/account/api-tokens")
@RequiredArgsConstructor
class ApiTokenController {

    private final ApiTokenService tokens;
    @Value("${rabta.base-url:http://localhost:8080}")
    private final String baseUrl;

    @GetMapping
    String list(@AuthenticationPrincipal RabtaUser user, Model model) {
        return page(user, model, "", false, ApiTokenService.DEFAULT_DAYS);
    }

    @PostMapping
    String create(@AuthenticationPrincipal RabtaUser user, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "false") boolean readOnly,
                  @RequestParam(defaultValue = "" + ApiTokenService.DEFAULT_DAYS) int days, Model model, HttpServletResponse response) {
        try {
            ApiTokenService.CreatedToken created = tokens.create(user, name, readOnly, days);
            // The page shows the token itself, this once: keep it out of every cache.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("created", created);
            return page(user, model, "", false, ApiTokenService.DEFAULT_DAYS);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.messageCode());
            model.addAttribute("errorArgs", e.arguments());
            return page(user, model, name, readOnly, days);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("success", "account.apiTokens.revoked");
        return "redirect:/account/api-tokens";
    }

    private String page(RabtaUser user, Model model, String name, boolean readOnly, int days) {
        model.addAttribute("tokens", tokens.tokens(user));
        model.addAttribute("name", name);
        model.addAttribute("readOnly", readOnly);
        model.addAttribute("days", days);
        model.addAttribute("maxDays", ApiTokenService.MAX_DAYS);
        model.addAttribute("baseUrl", baseUrl);
        return "accounts/api-tokens";
    }
}
