package org.rabta.investigations;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the navigation shows the investigations: to caseworkers and supervisors of FIA circles and the police. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class InvestigationLayoutModel {

    private final InvestigationAccess access;

    @ModelAttribute("investigationsLink")
    boolean investigationsLink(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RabtaUser user && access.showsLink(user);
    }
}
