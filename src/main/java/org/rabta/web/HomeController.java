package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's starting point: what waits for them (the {@link WorkList}s of every feature), each list's
 * full page, and the count the navigation shows, which htmx refreshes every minute without reloading the page. The
 * lists themselves are read when the page is loaded: they name cases, and each reading is an audited read of them,
 * which a timer must not repeat for an unattended screen.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final WorkLists workLists;

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute("workLists", workLists.home(authentication));
        return "home";
    }

    /** The navigation's count of waiting items (an htmx fragment). */
    @GetMapping("/home/count")
    String count(Authentication authentication, Model model) {
        model.addAttribute("waiting", workLists.count(authentication));
        return "fragments/work :: waitingCount";
    }

    @GetMapping("/work/{name:[a-zA-Z]+}")
    String list(Authentication authentication, @PathVariable String name, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        WorkLists.Shown list = workLists.page(authentication, name, page)
                .orElseThrow(() -> new RecordNotFoundException("Work list", name));
        model.addAttribute("list", list);
        model.addAttribute("links", PageLinks.of(request,
                new PageImpl<>(list.items(), PageRequest.of(list.page(), list.pageSize()), list.total())));
        return "work";
    }
}
