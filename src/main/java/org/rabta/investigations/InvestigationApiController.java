package org.rabta.investigations;

import java.net.URI;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Investigations as JSON, with the rules, access and audit of the screens: 400 names each field in error, 404 answers
 * whatever is outside the user's reach, 409 a stale {@code version} or a step out of order (naming the rule).
 */
@RestController
@RequiredArgsConstructor
class InvestigationApiController {

    private final InvestigationService investigations;
    private final AccusedService accused;
    private final InvestigationSearch search;

    @GetMapping("/api/v1/investigations")
    InvestigationJson.ListResponse list(@AuthenticationPrincipal RabtaUser user, @ModelAttribute InvestigationFilter filter) {
        InvestigationList found = search.list(user, filter);
        return new InvestigationJson.ListResponse(found.items(), filter.page(), filter.size(), found.hasNext());
    }

    @PostMapping(path = "/api/v1/investigations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InvestigationJson.InvestigationResponse> register(@AuthenticationPrincipal RabtaUser user,
                                                                     @RequestBody InvestigationRequest body) {
        long id = investigations.register(user, body);
        // Relative: an absolute URL would be built from the request's Host header, which the client chooses.
        URI location = UriComponentsBuilder.fromPath("/api/v1/investigations/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(response(user, id));
    }

    @GetMapping("/api/v1/investigations/{id}")
    InvestigationJson.InvestigationResponse get(@AuthenticationPrincipal RabtaUser user, @PathVariable long id) {
        return response(user, id);
    }

    @PutMapping(path = "/api/v1/investigations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    InvestigationJson.InvestigationResponse update(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                                                   @RequestBody InvestigationRequest body) {
        investigations.update(user, id, body);
        return response(user, id);
    }

    @PostMapping(path = "/api/v1/investigations/{id}/accused", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InvestigationJson.AccusedResponse> addAccused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                                                                 @RequestBody AccusedRequest body) {
        long accusedId = investigations.addAccused(user, id, body);
        URI location = UriComponentsBuilder.fromPath("/api/v1/accused/{id}").buildAndExpand(accusedId).toUri();
        return ResponseEntity.created(location).body(InvestigationJson.AccusedResponse.of(accused.view(user, accusedId).summary()));
    }

    @PostMapping(path = "/api/v1/investigations/{id}/victims", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InvestigationJson.InvestigationResponse> addVictim(@AuthenticationPrincipal RabtaUser user,
                                                                      @PathVariable long id, @RequestBody VictimRequest body) {
        investigations.addVictim(user, id, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(response(user, id));
    }

    @PostMapping(path = "/api/v1/investigations/{id}/mla-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InvestigationJson.InvestigationResponse> addMlaRequest(@AuthenticationPrincipal RabtaUser user,
                                                                          @PathVariable long id, @RequestBody MlaRequestInput body) {
        investigations.addMlaRequest(user, id, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(response(user, id));
    }

    @GetMapping("/api/v1/accused/{id}")
    InvestigationJson.AccusedResponse accused(@AuthenticationPrincipal RabtaUser user, @PathVariable long id) {
        return InvestigationJson.AccusedResponse.of(accused.view(user, id).summary());
    }

    @PostMapping(path = "/api/v1/accused/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InvestigationJson.AccusedResponse> recordEvent(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                                                                  @RequestBody EventRequest body) {
        accused.recordEvent(user, id, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(InvestigationJson.AccusedResponse.of(accused.view(user, id).summary()));
    }

    private InvestigationJson.InvestigationResponse response(RabtaUser user, long id) {
        return InvestigationJson.InvestigationResponse.of(investigations.view(user, id), user.agencyCode());
    }
}
