package org.rabta.investigations;

import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDetails;
import org.rabta.cases.CasePageExtension;
import org.rabta.cases.CasePageSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case page's Investigation section, on a case with a confirmed trafficking or smuggling determination. For
 * caseworkers and supervisors of law-enforcement agencies: the agency's investigations of the case, and the offer to
 * register one or the reason it was declined. For those of an agency that cannot investigate: the offer to inform the
 * competent agency, and the agencies informed, which the timeline's entries name and link to.
 */
@Component
@Order(40)
@RequiredArgsConstructor
class InvestigationCaseSection implements CasePageExtension {

    private final InvestigationAccess access;
    private final InvestigationOffers offers;
    private final InformedAgencies informing;

    @Override
    public CasePageSection section(RabtaUser user, CaseDetails details) {
        // Only a case with a proposal costs a query: the case page's budget of transactions has no room for the others.
        boolean proposed = InvestigationOffers.proposal(details.victimCase().getConfirmedDetermination()).isPresent();
        if (proposed && informing.informs(user)) {
            InformOffer offer = informing.offer(user, details.victimCase()).orElse(null);
            return new CasePageSection("investigations/section", "informPanel", offer, timeline(offer));
        }
        InvestigationOffer offer = proposed && access.showsLink(user) ? offers.offer(user, details.victimCase()).orElse(null) : null;
        return new CasePageSection("investigations/section", "investigationPanel", offer, Map.of());
    }

    /** The timeline's "agency informed" entries, by the agency informed in the reader's language. */
    private static Map<String, CasePageSection.TimelineLink> timeline(InformOffer offer) {
        if (offer == null) {
            return Map.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return CasePageSection.timeline(offer.informed(), entry -> InformedAgencies.SUBJECT.of(entry.id()),
                entry -> new CasePageSection.TimelineLink("/cases/" + offer.caseNumber() + "/informed", entry.agency().displayName(locale)));
    }
}
