package org.rabta.referrals;

import jakarta.servlet.http.HttpServletRequest;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The counts in the navigation on every screen: unread notices (the bell) and referrals waiting in the inbox. */
@ControllerAdvice(annotations = Controller.class)
class ReferralLayoutModel {

    private final NotificationService notifications;
    private final ReferralInboxCounter inbox;

    ReferralLayoutModel(NotificationService notifications, ReferralInboxCounter inbox) {
        this.notifications = notifications;
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Integer unreadNotifications(HttpServletRequest request) {
        RabtaUser user = signedIn(request);
        return user == null ? null : notifications.bellCount(user);
    }

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
