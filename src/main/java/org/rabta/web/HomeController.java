package org.rabta.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user's starting point: who they are, their agency and roles, and where to go next. */
@Controller
class HomeController {

    private final ObjectProvider<HomePageSection> sections;

    HomeController(ObjectProvider<HomePageSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute("homeSections", sections.orderedStream()
                .map(section -> new RenderedSection(section.template(), section.fragment(), section.model(authentication)))
                .filter(section -> !section.data().isEmpty())
                .toList());
        return "home";
    }

    /** A section with its data, as the home template renders it. */
    public record RenderedSection(String template, String fragment, Map<String, Object> data) {
    }
}
