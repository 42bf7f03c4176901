package org.rabta.reporting;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics on the JSON API, with the same reach as the screens. The annual report's JSON is also served to
 * signed-in users at {@code /statistics/annual.json} (the report page links to it): {@code /api/**} takes a personal
 * API token or HTTP Basic and ignores the session, so a link from a page to the API would answer 401. One handler serves
 * both, so both give the same figures under the same access and small-cell rules.
 */
@RestController
@RequiredArgsConstructor
class ReportApiController {

    private final AnnualReportService annualReports;

    @GetMapping({"/api/v1/reports/annual", "/statistics/annual.json"})
    AnnualReport annual(@AuthenticationPrincipal RabtaUser user, @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) String province, @RequestParam(required = false) String district) {
        return annualReports.annualReport(user, year, province, district);
    }
}
