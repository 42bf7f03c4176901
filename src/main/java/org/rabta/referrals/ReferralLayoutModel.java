package org.rabta.referrals;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of referrals waiting in the inbox, in the navigation of every screen. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class ReferralLayoutModel {

    private final ReferralInboxCounter inbox;

    @ModelAttribute("referralInboxCount")
    Integer referralInboxCount(HttpServletRequest request) {
        RabtaUser user = signedIn(request);
        return user == null || !(user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR)) ? null : inbox.waiting(user.agencyId());
    }

    /** The screen user; null on the API (no navigation there) and before sign-in. */
    private static RabtaUser signedIn(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RabtaUser user ? user : null;
    }
}
