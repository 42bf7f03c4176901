package org.rabta.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseFilter;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Exports: the dashboard's tables and the annual report (small, so built before answering), and the case list and
 * HTCDS file (streamed: the rows are written while they are read).
 */
@Controller
@RequestMapping("/statistics")
@RequiredArgsConstructor
class ExportController {

    private final TableExports tables;
    private final CaseExports caseExports;
    private final GeographyService geography;
    private final Clock clock;

    @GetMapping("/export/{table}.{extension}")
    ResponseEntity<byte[]> dashboardTable(@AuthenticationPrincipal RabtaUser user, @PathVariable String table,
                                          @PathVariable String extension, @ModelAttribute DashboardFilter filter,
                                          Locale locale) throws IOException {
        ExportFormat format = ExportFormat.of(extension);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            tables.dashboardTable(user, table, filter, format, locale, out);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().build();
        }
        return file(format, "rabta-" + table, out.toByteArray());
    }

    @GetMapping("/annual/export.{extension}")
    ResponseEntity<byte[]> annualReport(@AuthenticationPrincipal RabtaUser user, @PathVariable String extension,
                                        @RequestParam Integer year, @RequestParam(required = false) String province,
                                        @RequestParam(required = false) String district, Locale locale) throws IOException {
        ExportFormat format = ExportFormat.of(extension);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            tables.annualReport(user, year, province, district, format, locale, out);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().build();
        }
        return file(format, "rabta-annual-report-" + year, out.toByteArray());
    }

    @GetMapping("/exports")
    String exportsPage(@AuthenticationPrincipal RabtaUser user, Model model) {
        if (!CaseExports.mayExportCases(user)) {
            throw new RecordNotFoundException("Case exports", "(role)");
        }
        model.addAttribute("caseExports", true);
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("districts", geography.districts());
        return "reporting/exports";
    }

    @GetMapping("/exports/cases.{extension}")
    ResponseEntity<StreamingResponseBody> caseList(@AuthenticationPrincipal RabtaUser user, @PathVariable String extension,
                                                   @ModelAttribute CaseFilter filter) {
        ExportFormat format = ExportFormat.of(extension);
        CaseExport export = caseExports.caseList(user, filter, format);
        return stream(format, "rabta-cases", export);
    }

    /**
     * The HTCDS file, or back to the exports page with the reason it was refused. Declared as a streamed
     * {@code ResponseEntity} on both paths (the refusal keeps its message in the flash map itself, as a redirect view
     * would): behind a declared {@code Object} the body was converted instead of streamed, a 500.
     */
    @GetMapping("/exports/htcds.csv")
    ResponseEntity<StreamingResponseBody> htcds(@AuthenticationPrincipal RabtaUser user, @ModelAttribute CaseFilter filter,
                                                @RequestParam(defaultValue = "false") boolean identifiers,
                                                HttpServletRequest request, HttpServletResponse response) {
        return streamOrRefuse("rabta-htcds", () -> caseExports.htcds(user, filter, identifiers), request, response);
    }

    /** The HTCDS perpetrator file (the accused of the user's agency's investigations, by case), refused as above. */
    @GetMapping("/exports/htcds-perpetrators.csv")
    ResponseEntity<StreamingResponseBody> htcdsPerpetrators(@AuthenticationPrincipal RabtaUser user,
                                                            @ModelAttribute CaseFilter filter,
                                                            @RequestParam(defaultValue = "false") boolean identifiers,
                                                            HttpServletRequest request, HttpServletResponse response) {
        return streamOrRefuse("rabta-htcds-perpetrators", () -> caseExports.htcdsPerpetrators(user, filter, identifiers),
                request, response);
    }

    private ResponseEntity<StreamingResponseBody> streamOrRefuse(String name, Supplier<CaseExport> export,
                                                                 HttpServletRequest request, HttpServletResponse response) {
        try {
            return stream(ExportFormat.CSV, name, export.get());
        } catch (BusinessRuleException e) {
            return refused(e, request, response);
        }
    }

    private static ResponseEntity<StreamingResponseBody> refused(BusinessRuleException e, HttpServletRequest request,
                                                                 HttpServletResponse response) {
        String exports = request.getContextPath() + "/statistics/exports";
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", e.messageCode());
        RequestContextUtils.saveOutputFlashMap(exports, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(exports)).build();
    }

    private ResponseEntity<StreamingResponseBody> stream(ExportFormat format, String name, CaseExport export) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, format))
                .body(export::writeTo);
    }

    private ResponseEntity<byte[]> file(ExportFormat format, String name, byte[] content) {
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, format))
                .body(content);
    }

    private String attachment(String name, ExportFormat format) {
        return ContentDisposition.attachment().filename(name + "-" + LocalDate.now(clock) + "." + format.extension())
                .build().toString();
    }
}
