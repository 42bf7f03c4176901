package org.rabta.investigations;

import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDetails;
import org.rabta.cases.CasePageExtension;
import org.rabta.cases.CasePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case page's Investigation section, for caseworkers and supervisors of law-enforcement agencies only: the agency's
 * investigations of the case, and the offer that follows a confirmed trafficking or smuggling determination.
 */
@Component
@Order(40)
class InvestigationCaseSection implements CasePageExtension {

    private final InvestigationAccess access;
    private final InvestigationOffers offers;

    InvestigationCaseSection(InvestigationAccess access, InvestigationOffers offers) {
        this.access = access;
        this.offers = offers;
    }

    @Override
    public CasePageSection section(RabtaUser user, CaseDetails details) {
        // The cached check first: other users' case pages cost no query for a section they never see.
        InvestigationOffer offer = access.showsLink(user) ? offers.offer(user, details.victimCase()).orElse(null) : null;
        return new CasePageSection("investigations/section", "investigationPanel", offer);
    }
}
