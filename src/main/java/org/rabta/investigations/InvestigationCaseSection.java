package org.rabta.investigations;

import java.util.Map;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDetails;
import org.rabta.cases.CasePageExtension;
import org.rabta.cases.CasePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case page's Investigation section, for caseworkers and supervisors of law-enforcement agencies only, on a case
 * with a confirmed trafficking or smuggling determination: the agency's investigations of the case, and the offer to
 * register one or the reason it was declined.
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
        // Only a case with a proposal costs a query: the case page's budget of transactions has no room for the others.
        boolean shown = access.showsLink(user)
                && InvestigationOffers.proposal(details.victimCase().getConfirmedDetermination()).isPresent();
        InvestigationOffer offer = shown ? offers.offer(user, details.victimCase()).orElse(null) : null;
        return new CasePageSection("investigations/section", "investigationPanel", offer, Map.of());
    }
}
