package org.rabta.notifications;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.web.PageLinks;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification list behind the bell; opening a notice marks it read. */
@Controller
@RequiredArgsConstructor
class NotificationController {

    private final NotificationService notifications;

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal RabtaUser user, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                Model model) {
        Slice<Notification> notices = notifications.list(user, page);
        model.addAttribute("notices", notices);
        model.addAttribute("links", PageLinks.of(request, notices));
        return "notifications/list";
    }

    @PostMapping("/notifications/{id:\\d+}/read")
    String open(@AuthenticationPrincipal RabtaUser user, @PathVariable long id) {
        return "redirect:" + notifications.markRead(user, id);
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal RabtaUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user);
        redirect.addFlashAttribute("success", "notifications.allRead");
        return "redirect:/notifications";
    }
}
