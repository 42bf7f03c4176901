package org.rabta.referrals;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the navigation links to the review queue: by {@link Reviewers}' rule, the one the queue itself applies. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class ReviewLayoutModel {

    private final Reviewers reviewers;

    @ModelAttribute("reviewLink")
    boolean reviewLink(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RabtaUser user && reviewers.reviewsLately(user);
    }
}
