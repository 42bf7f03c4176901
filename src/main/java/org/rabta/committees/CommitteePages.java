package org.rabta.committees;

import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.web.FlashMessages;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the committee screens' controllers share. */
final class CommitteePages {

    private CommitteePages() {
    }

    /** Makes a change and flashes its message, or the rule it would break, or that someone else changed the record first. */
    static void change(RedirectAttributes redirect, String success, Runnable change) {
        try {
            FlashMessages.change(redirect, success, change);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("error", "committees.error.stale");
        }
    }

    /** An admin's page answers anyone else as a page that does not exist. */
    static void requireAdmin(RabtaUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new RecordNotFoundException("Page", "admin only");
        }
    }
}
