package org.rabta.notifications;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The bell's count of unread notices, in the navigation of every screen. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class NotificationLayoutModel {

    private final NotificationService notifications;

    @ModelAttribute("unreadNotifications")
    Integer unreadNotifications(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null; // no navigation on the API
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RabtaUser user ? notifications.bellCount(user) : null;
    }
}
