package org.rabta.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.rabta.cases.AgeBand;
import org.rabta.cases.Sex;
import org.rabta.directory.ServiceType;
import org.rabta.web.SupportedLocales;

/**
 * A referral as a committee sees it: pseudonymised. Case number, sex, age band and district, never a name,
 * identifier, contact or free text written about the person. {@code reasons}: why it is in the queue
 * (OVERDUE, DECLINED, EMERGENCY, CHILD). {@code screeningOutcome}: the case's screening determination as a
 * supervisor confirmed it (an outcome code such as TRAFFICKING); null while there is none.
 */
public record ReviewSummary(long referralId, String caseNumber, Sex sex, AgeBand ageBand, String districtCode,
                            String provinceCode, ServiceType serviceType, Urgency urgency, ReferralStatus status,
                            String providerCode, String providerName, String providerNameUr, String fromAgencyCode,
                            String fromAgencyName, String fromAgencyNameUr, Instant sentAt, Instant dueAt, Instant acceptedAt, Instant declinedAt, Instant completedAt,
                            boolean overdue, boolean child, List<String> reasons, String screeningOutcome) {

    /** The provider as a reader of the language calls it: its Urdu name in Urdu, where it has one. */
    public String providerName(Locale locale) {
        return SupportedLocales.name(locale, providerName, providerNameUr);
    }

    /** The referring agency as a reader of the language calls it. */
    public String fromAgencyName(Locale locale) {
        return SupportedLocales.name(locale, fromAgencyName, fromAgencyNameUr);
    }
}
