package org.rabta.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.AgencyType;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.rabta.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The statistics screens: the dashboard, the annual report and its printable PDF. */
@Controller
@RequestMapping("/statistics")
@RequiredArgsConstructor
class StatisticsController {

    private final DashboardService dashboards;
    private final AnnualReportService annualReports;
    private final AnnualReportPdf pdf;
    private final GeographyService geography;
    private final Clock clock;

    @GetMapping
    String dashboard(@AuthenticationPrincipal RabtaUser user, @ModelAttribute("filter") DashboardFilter filter,
                     Locale locale, Model model, HttpServletResponse response) {
        try {
            Dashboard dashboard = dashboards.dashboard(user, filter, locale);
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("exportQuery", UriComponentsBuilder.newInstance()
                    .queryParam("from", dashboard.from()).queryParam("to", dashboard.to())
                    .queryParamIfPresent("province", Optional.ofNullable(filter.province()))
                    .queryParamIfPresent("district", Optional.ofNullable(filter.district()))
                    .queryParamIfPresent("agencyType", Optional.ofNullable(filter.agencyType()))
                    .build().encode().toUriString());
        } catch (InvalidInputException e) {
            model.addAttribute("filterError", e.violations().getFirst());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // the page, with what is wrong beside the field
        }
        addChoices(user, locale, model);
        return "reporting/dashboard";
    }

    @GetMapping("/annual")
    String annual(@AuthenticationPrincipal RabtaUser user, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String province, @RequestParam(required = false) String district,
                  Locale locale, Model model, HttpServletResponse response) {
        int chosenYear = year == null ? Year.now(clock).getValue() - 1 : year;
        model.addAttribute("year", chosenYear);
        model.addAttribute("province", province);
        model.addAttribute("district", district);
        try {
            model.addAttribute("report", annualReports.annualReport(user, chosenYear, province, district, locale));
            model.addAttribute("countedAt", clock.instant().atZone(DashboardService.PAKISTAN));
        } catch (InvalidInputException e) {
            model.addAttribute("filterError", e.violations().getFirst());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // the page, with what is wrong beside the field
        }
        addChoices(user, locale, model);
        return "reporting/annual";
    }

    @GetMapping(value = "/annual.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> annualPdf(@AuthenticationPrincipal RabtaUser user, @RequestParam Integer year,
                                     @RequestParam(required = false) String province,
                                     @RequestParam(required = false) String district, Locale locale) {
        AnnualReport report;
        try {
            report = annualReports.annualReport(user, year, province, district, locale);
        } catch (InvalidInputException e) {
            // The report page shows what is wrong beside the field.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder.fromPath("/statistics/annual")
                    .queryParam("year", year).queryParamIfPresent("province", Optional.ofNullable(province))
                    .queryParamIfPresent("district", Optional.ofNullable(district)).build().encode().toUri()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("rabta-annual-report-" + report.year() + ".pdf").build().toString())
                .body(pdf.render(report, locale));
    }

    private void addChoices(RabtaUser user, Locale locale, Model model) {
        model.addAttribute("caseExports", CaseExports.mayExportCases(user));
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("provinceNames", geography.provinces().stream()
                .collect(Collectors.toMap(Province::getCode, province -> province.name(locale))));
        model.addAttribute("districts", geography.districts());
        model.addAttribute("agencyTypes", AgencyType.values());
        model.addAttribute("currentYear", Year.now(clock).getValue());
    }
}
