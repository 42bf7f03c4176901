package org.rabta.accounts.twofactor;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin removes a user's authenticator (lost phone, no recovery code left); audited, and the user signs in again. */
@Controller
@RequiredArgsConstructor
class TwoFactorAdminController {

    private final SecondFactorService secondFactors;

    @PostMapping("/admin/users/{id}/two-factor/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        secondFactors.resetByAdmin(id);
        redirect.addFlashAttribute("success", "admin.user.twoFactor.reset.done");
        return "redirect:/admin/users/" + id;
    }
}
