package org.rabta.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The case registry as JSON, with the rules, access and audit of the screens (everything goes through
 * {@link CaseQueries} and {@link CaseRegistration}): list and search, read, register, edit. PUT changes the
 * properties the body carries and keeps the others; it must carry the {@code version} it read, or it is refused as
 * stale (409). Cases can also be imported from CSV ({@link CaseImporter}).
 */
@RestController
@RequestMapping("/api/v1/cases")
@RequiredArgsConstructor
class CaseApiController {

    private final CaseQueries cases;
    private final CaseRegistration registration;
    private final CaseImporter importer;
    private final MessageSource messages;

    /** One page of the list; {@code count} stops at 1,000 ({@code countCapped}) so that no request counts a million rows. */
    record CaseListResponse(List<CaseResponse> items, int page, int size, boolean hasNext, long count, boolean countCapped) {
    }

    @GetMapping
    CaseListResponse list(@AuthenticationPrincipal RabtaUser user, @ModelAttribute CaseFilter filter) {
        CaseList result = cases.list(user, filter);
        Map<Long, String> agencyCodes = new HashMap<>();
        List<CaseResponse> items = result.cases().stream()
                .map(c -> CaseResponse.of(c, agencyCodes.computeIfAbsent(c.getOwningAgencyId(), cases::agencyCode)))
                .toList();
        return new CaseListResponse(items, result.filter().page(), result.filter().size(), result.hasNext(),
                result.count(), result.countCapped());
    }

    @GetMapping("/" + CaseController.CASE_NUMBER)
    CaseResponse get(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber) {
        return response(cases.get(user, caseNumber));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseResponse> register(@AuthenticationPrincipal RabtaUser user, @RequestBody JsonNode body) {
        CaseForm form = new CaseForm();
        List<Violation> inputProblems = CaseJsonReader.read(body, form);
        VictimCase registered = namingJsonPaths(() -> registration.register(user, form, inputProblems));
        // Relative: an absolute URL would be built from the request's Host header, which the client chooses.
        URI location = UriComponentsBuilder.fromPath("/api/v1/cases/{caseNumber}").buildAndExpand(registered.getCaseNumber()).toUri();
        return ResponseEntity.created(location).body(response(registered));
    }

    @PutMapping(path = "/" + CaseController.CASE_NUMBER, consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseResponse update(@AuthenticationPrincipal RabtaUser user, @PathVariable String caseNumber, @RequestBody JsonNode body) {
        JsonNode version = body == null ? null : body.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong()) {
            throw new InvalidInputException(List.of(Violation.of("version", "cases.api.error.version")));
        }
        return response(namingJsonPaths(
                () -> registration.update(user, caseNumber, version.longValue(), form -> CaseJsonReader.read(body, form))));
    }

    /**
     * CSV import ({@code text/csv}, UTF-8): 200 with the report when the file was taken (in {@code valid-rows}
     * mode, whatever rows it rejected); 400, a problem detail carrying the same report, when nothing was saved.
     */
    @PostMapping(path = "/import", consumes = {"text/csv", "application/csv"})
    ResponseEntity<?> importCsv(@AuthenticationPrincipal RabtaUser user, @RequestParam(required = false) String mode,
                                HttpServletRequest request, Locale locale) throws IOException {
        ImportMode importMode = ImportMode.ofParameter(mode)
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("mode", "cases.import.error.mode"))));
        ImportResult result = ImportResult.of(importer.importCsv(user, request.getInputStream(), importMode), messages,
                locale, CaseImporter.MAX_PROBLEMS);
        if (!result.fileRejected()) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("cases.import.fileRejected", new Object[] {result.rejected()}, locale));
        problem.setProperty("mode", result.mode());
        problem.setProperty("rows", result.rows());
        problem.setProperty("imported", result.imported());
        problem.setProperty("rejected", result.rejected());
        problem.setProperty("fileRejected", true);
        problem.setProperty("errors", result.errors());
        problem.setProperty("errorsOmitted", result.errorsOmitted());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private CaseResponse response(VictimCase victimCase) {
        return CaseResponse.of(victimCase, cases.agencyCode(victimCase.getOwningAgencyId()));
    }

    /** The service names the form's fields; the API's errors name them as the body does ({@code person.firstName}). */
    private static VictimCase namingJsonPaths(Supplier<VictimCase> change) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            throw e.withFieldsNamed(CaseJsonReader::jsonPath);
        }
    }
}
