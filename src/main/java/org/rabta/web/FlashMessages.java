package org.rabta.web;

import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.Violation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages a screen shows after a change that redirects ({@code fragments/flash.html}): what the change did, or
 * the rule it would have broken, in the reader's language with the rule's arguments.
 */
public final class FlashMessages {

    private FlashMessages() {
    }

    /** Makes the change and flashes {@code success}, or the rule it would break; answers whether it was made. */
    public static boolean change(RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
        } catch (BusinessRuleException e) {
            ruleBroken(redirect, e);
            return false;
        }
        redirect.addFlashAttribute("success", success);
        return true;
    }

    /** What a change did, with the arguments its message names (the record's name or number). */
    public static void success(RedirectAttributes redirect, String success, Object... arguments) {
        redirect.addFlashAttribute("success", success);
        if (arguments.length > 0) {
            redirect.addFlashAttribute("successArgs", arguments);
        }
    }

    public static void ruleBroken(RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("error", e.messageCode());
        redirect.addFlashAttribute("errorArgs", e.arguments());
    }

    /** For a form of one field, whose refusal shows as the page's message rather than beside the field. */
    public static void invalid(RedirectAttributes redirect, Violation violation) {
        redirect.addFlashAttribute("error", violation.code());
        redirect.addFlashAttribute("errorArgs", violation.arguments().toArray());
    }
}
