package org.rabta.referrals;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.shared.InvalidInputException;
import org.rabta.web.FieldErrors;
import org.rabta.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee member's review queue and the pseudonymised review page of one referral. */
@Controller
@RequiredArgsConstructor
class ReviewController {

    private final ReviewQueue queue;
    private final ReviewPage reviewPage;
    private final ReviewAdditions additions;

    @GetMapping("/review")
    String queue(@AuthenticationPrincipal RabtaUser user, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                 Model model) {
        Slice<ReviewSummary> rows = queue.reviewQueue(user, PageRequest.of(Math.max(page, 0), 25));
        model.addAttribute("rows", rows);
        model.addAttribute("links", PageLinks.of(request, rows));
        return "referrals/review-queue";
    }

    @GetMapping("/review/{id:\\d+}")
    String show(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Model model) {
        ReviewPage.ReviewedReferral reviewed = reviewPage.review(user, id);
        model.addAttribute("s", reviewed.summary());
        model.addAttribute("reviews", reviewed.reviews());
        model.addAttribute("actionItems", reviewed.actionItems());
        return "referrals/review";
    }

    @PostMapping("/review/{id:\\d+}/notes")
    String addNote(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @RequestParam(required = false) String body,
                   RedirectAttributes redirect) {
        return saveAndReturn(id, redirect, "referrals.review.noteAdded", () -> additions.addNote(user, id, body), "noteBody", body);
    }

    /** An action item for a committee whose queue holds the referral, owned by someone on its roster of the day. */
    @PostMapping("/review/{id:\\d+}/actions")
    String addAction(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                     @RequestParam(required = false) Long committee, @RequestParam(required = false) String owner,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
                     @RequestParam(required = false) String what, RedirectAttributes redirect) {
        ReviewActionItems.Request request = new ReviewActionItems.Request(committee, owner, due, what);
        return saveAndReturn(id, redirect, "referrals.review.actionAdded", () -> additions.addActionItem(user, id, request),
                "actionRequest", request);
    }

    /**
     * Back to the review page after an addition: with its message, or with what was typed (under {@code typedName}) and
     * each field's message, which goes beside its field.
     */
    private static String saveAndReturn(long id, RedirectAttributes redirect, String success, Runnable save, String typedName,
                                        Object typed) {
        try {
            save.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            // Each field's message, with its arguments, goes beside its field on the page it redirects to.
            redirect.addFlashAttribute("fieldErrors", FieldErrors.byField(e.violations()));
            redirect.addFlashAttribute(typedName, typed);
        }
        return "redirect:/review/" + id;
    }
}
