package org.rabta.investigations;

import java.net.URI;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CasesApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Inform the competent agency" as JSON, through {@link InformedAgencies} and {@link InformedCaseReads} as the screens
 * go: the offer of the case page, informing one agency, and the summary the informed agency opens. 400 names the field in error, 404 answers a case
 * out of reach, 409 a step the rules refuse (naming the rule).
 */
@RestController
@RequiredArgsConstructor
class InformedAgencyApiController {

    private final InformedAgencies informing;
    private final InformedCaseReads caseReads;
    private final CasesApi cases;

    @GetMapping("/api/v1/cases/{caseNumber}/competent-agencies")
    InformedJson.CompetentAgencies competentAgencies(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber) {
        return InformedJson.CompetentAgencies.of(caseNumber, informing.offer(user, caseNumber));
    }

    @PostMapping(path = "/api/v1/cases/{caseNumber}/informed-agencies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InformedJson.InformedCaseResponse> inform(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber,
                                                            @RequestBody InformedJson.InformRequest body) {
        informing.inform(user, cases.get(user, caseNumber), body.agencyId());
        // Relative: an absolute URL would be built from the request's Host header, which the client chooses.
        URI location = UriComponentsBuilder.fromPath("/api/v1/cases/{caseNumber}/informed").buildAndExpand(caseNumber).toUri();
        return ResponseEntity.created(location).body(informed(user, caseNumber));
    }

    @GetMapping("/api/v1/cases/{caseNumber}/informed")
    InformedJson.InformedCaseResponse informed(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber) {
        return InformedJson.InformedCaseResponse.of(caseReads.view(user, caseNumber));
    }
}
