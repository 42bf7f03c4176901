package org.rabta.referrals;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member's review queue as JSON: the same pseudonymised summaries as the screen. */
@RestController
@RequiredArgsConstructor
class ReviewApiController {

    private final ReviewQueue queue;

    @GetMapping("/api/v1/review/referrals")
    Map<String, Object> queue(@AuthenticationPrincipal RabtaUser user, @RequestParam(defaultValue = "0") int page) {
        Slice<ReviewSummary> slice = queue.reviewQueue(user, PageRequest.of(Math.max(page, 0), 50));
        List<ReviewSummary> items = slice.getContent();
        return Map.of("items", items, "page", slice.getNumber(), "hasNext", slice.hasNext());
    }
}
