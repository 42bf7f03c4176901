package org.rabta.screening;

import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDetails;
import org.rabta.cases.CasePageExtension;
import org.rabta.cases.CasePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The case page's Screening section: the history of the case's screenings and the way to start one. */
@Component
@Order(10)
class ScreeningCaseSection implements CasePageExtension {

    private final ScreeningService screenings;

    ScreeningCaseSection(ScreeningService screenings) {
        this.screenings = screenings;
    }

    @Override
    public CasePageSection section(RabtaUser user, CaseDetails details) {
        return new CasePageSection("screening/section", "screeningPanel", screenings.history(user, details.victimCase()));
    }
}
