package org.rabta.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user's starting point: who they are, their agency and roles, and where to go next. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
