package org.rabta.committees;

import org.rabta.cases.PseudonymisedCase;
import org.rabta.geography.District;
import org.rabta.web.SupportedLocales;

/**
 * An action item as a committee sees it: its owner named, the case it concerns pseudonymised (null when it
 * concerns none, or the case is outside the committee's jurisdiction), whether the viewer may open the linked
 * referral's review page, and whether they may close the item.
 */
public record ActionItemView(ActionItem item, Committee committee, String ownerName, String ownerNameUr, String ownerAgencyCode,
                             PseudonymisedCase linkedCase, District caseDistrict, boolean overdue,
                             boolean referralReviewable, boolean mayClose) {

    /** The owner as the reader's language names them: an agency's Urdu name where it has one; a person's own name. */
    public String ownerName(java.util.Locale locale) {
        return SupportedLocales.name(locale, ownerName, ownerNameUr);
    }
}
