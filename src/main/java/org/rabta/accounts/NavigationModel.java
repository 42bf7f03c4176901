package org.rabta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts every feature's {@link NavigationContribution} into the model of a signed-in user's screen. The API has no
 * navigation, and before sign-in there is nothing to show, so then none is asked.
 */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class NavigationModel {

    private final List<NavigationContribution> contributions;

    @ModelAttribute
    void contribute(HttpServletRequest request, Model model) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RabtaUser user) {
            contributions.forEach(contribution -> model.addAttribute(contribution.name(), contribution.valueFor().apply(user)));
        }
    }
}
