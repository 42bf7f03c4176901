package org.rabta.referrals;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.ServiceType;
import org.rabta.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The referral API: the same rules as the screens, JSON in and out, ProblemDetail errors. */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
class ReferralApiController {

    private final NewReferrals newReferrals;
    private final ReferralMoves moves;
    private final ReferralQueries queries;
    private final MessageSource messages;

    record CreateReferral(String toAgencyCode, ServiceType serviceType, Urgency urgency, String message,
                          String consentOverrideReason) {
    }

    /** The body of a move: a note (accept, start, complete), a reason (decline, withdraw), optionally the version seen. */
    record Move(String note, String reason, String servicesDelivered, Long version) {
    }

    @PostMapping("/cases/{caseNumber}/referrals")
    ResponseEntity<ReferralJson> create(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                                        @RequestBody CreateReferral body) {
        Referral referral = newReferrals.create(user, caseNumber, new ReferralRequest(body.toAgencyCode(), body.serviceType(),
                body.urgency(), body.message(), body.consentOverrideReason(), null, false));
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.getId())).body(json(referral));
    }

    @GetMapping("/referrals/{id}")
    ReferralJson get(@AuthenticationPrincipal RabtaUser user, @PathVariable long id) {
        return json(queries.get(user, id));
    }

    @PostMapping("/referrals/{id}/{action:accept|decline|start|complete|withdraw|note}")
    ReferralJson move(@AuthenticationPrincipal RabtaUser user, @PathVariable long id, @PathVariable String action,
                      @RequestBody(required = false) Move body) {
        Move move = body == null ? new Move(null, null, null, null) : body;
        ReferralAction referralAction = ReferralAction.valueOf(action.toUpperCase(Locale.ROOT));
        String text = referralAction == ReferralAction.DECLINE || referralAction == ReferralAction.WITHDRAW
                ? move.reason() : move.note();
        return json(moves.act(user, id, referralAction, text, move.servicesDelivered(), move.version()));
    }

    @GetMapping("/referrals")
    Map<String, Object> list(@AuthenticationPrincipal RabtaUser user, @RequestParam(defaultValue = "received") String role,
                             @RequestParam(required = false) ReferralStatus status, @RequestParam(defaultValue = "0") int page) {
        ReferralBox box = switch (role) {
            case "sent" -> ReferralBox.SENT;
            case "received" -> ReferralBox.RECEIVED;
            default -> throw InvalidInputException.of("role", "referrals.api.error.role");
        };
        Slice<Referral> slice = queries.list(user, box, status, page);
        var agencies = queries.agenciesOf(slice.getContent());
        List<ReferralJson> items = slice.getContent().stream().map(r -> ReferralJson.of(r, agencies)).toList();
        return Map.of("items", items, "page", slice.getNumber(), "hasNext", slice.hasNext());
    }

    private ReferralJson json(Referral referral) {
        return ReferralJson.of(referral, queries.agenciesOf(List.of(referral)));
    }

    // Local to this controller, so it takes precedence over the shared ApiExceptionHandler (which answers 409).

    @ExceptionHandler(ConsentRequiredException.class)
    ProblemDetail consentMissing(ConsentRequiredException exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(exception.messageCode(), exception.arguments(), exception.messageCode(), locale));
        problem.setProperty("code", exception.messageCode());
        return problem;
    }
}
