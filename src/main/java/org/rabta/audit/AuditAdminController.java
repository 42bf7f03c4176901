package org.rabta.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The whole audit trail for administrators, newest first; case details are withheld (see {@link AuditEntry}). */
@Controller
@RequestMapping("/admin/audit")
@RequiredArgsConstructor
class AuditAdminController {

    /** The record types features write to the trail, offered as a filter (any other type can still be typed into the URL). */
    static final List<String> TARGET_TYPES = List.of("USER", "AGENCY", "DISTRICT", "CASE");

    private final AuditTrail audit;

    @GetMapping
    String trail(@ModelAttribute("filter") AuditFilter filter, HttpServletRequest request, Model model) {
        AuditPage page = audit.search(filter);
        model.addAttribute("page", page);
        model.addAttribute("targetTypes", TARGET_TYPES);
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        model.addAttribute("olderLink", page.hasOlder()
                ? UriComponentsBuilder.fromUriString(here).replaceQueryParam("before", page.nextBefore()).build().toUriString() : null);
        model.addAttribute("newestLink", filter.before() != null
                ? UriComponentsBuilder.fromUriString(here).replaceQueryParam("before").build().toUriString() : null);
        return "admin/audit";
    }
}
