package org.rabta.screening;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored screenings on the API, with the case's access rules (a case or screening out of reach is 404).
 * <ul>
 *   <li>{@code POST /api/v1/cases/{caseNumber}/screenings} stores one: 201 with Location. Without
 *       {@code "draft": true} it is submitted with its determination (the engine's outcome when none is given).</li>
 *   <li>{@code GET /api/v1/cases/{caseNumber}/screenings}: the history, newest first.</li>
 *   <li>{@code GET /api/v1/screenings/{id}}; {@code PUT} revises a draft or returned one ({@code "version"} required).</li>
 *   <li>{@code POST /api/v1/screenings/{id}/confirm | return}: supervisors of the owning agency only, with the
 *       {@code version} they read (and a {@code comment} to return).</li>
 * </ul>
 * Errors: 400 ProblemDetail naming each bad field, as the evaluate API does; a determination that differs from
 * the engine's outcome without a reason is such a 400 on the field {@code reason} (it is an input the caller must
 * fill in, like any required field); 409 for a stale {@code version} or a step the status does not allow.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
class ScreeningRecordsApiController {

    private final ScreeningReads reads;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final ScreeningMessages screeningMessages;

    @PostMapping(path = "/cases/{caseNumber}/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScreeningResponse> create(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                                             @RequestBody StoreScreeningRequest request, Locale locale) {
        ScreeningCommand command = ScreeningRequestParser.command(request);
        Screening screening = recording.create(user, caseNumber, command);
        return ResponseEntity.created(URI.create("/api/v1/screenings/" + screening.getId()))
                .body(response(user, screening.getId(), locale));
    }

    @GetMapping("/cases/{caseNumber}/screenings")
    List<ScreeningSummary> history(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber) {
        return reads.history(user, caseNumber).screenings().stream().map(ScreeningSummary::of).toList();
    }

    @GetMapping("/screenings/{id}")
    ScreeningResponse get(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, Locale locale) {
        return response(user, id, locale);
    }

    @PutMapping(path = "/screenings/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScreeningResponse revise(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                             @RequestBody StoreScreeningRequest request, Locale locale) {
        ScreeningRequestParser.Revision revision = ScreeningRequestParser.revision(request);
        recording.revise(user, id, revision.version(), revision.command());
        return response(user, id, locale);
    }

    @PostMapping(path = "/screenings/{id}/confirm")
    ScreeningResponse confirm(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                              @RequestBody(required = false) ReviewRequest request, Locale locale) {
        reviews.confirm(user, id, ScreeningRequestParser.review(request, false).version());
        return response(user, id, locale);
    }

    @PostMapping(path = "/screenings/{id}/return")
    ScreeningResponse giveBack(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                               @RequestBody(required = false) ReviewRequest request, Locale locale) {
        ScreeningRequestParser.Review review = ScreeningRequestParser.review(request, true);
        reviews.giveBack(user, id, review.version(), review.comment());
        return response(user, id, locale);
    }

    private ScreeningResponse response(RabtaUser user, long id, Locale locale) {
        ScreeningRecord record = reads.get(user, id);
        return ScreeningResponse.of(record, screeningMessages.sentences(record.advice().result().explanation(), locale));
    }
}
