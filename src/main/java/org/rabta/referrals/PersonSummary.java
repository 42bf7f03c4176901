package org.rabta.referrals;

import java.time.LocalDate;
import java.util.Set;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;

/**
 * What a referral needs of its case, and all the receiving agency sees of it: the case summary, the person's
 * name, sex, age, language and disability, and the consent to referral. No identifiers, contact details, notes,
 * attachments or other referrals.
 */
public record PersonSummary(String caseNumber, String name, Sex sex, Integer ageYears, Boolean child, String languages,
                            String disability, String districtCode, LocalDate identifiedOn, HowIdentified howIdentified,
                            Set<ExploitationType> exploitationTypes, ConsentStatus consentReferral, LocalDate consentDate,
                            String consentOnBehalfOf) {

    static PersonSummary of(VictimCase c) {
        return new PersonSummary(c.getCaseNumber(), c.displayName(), c.getPerson().getSex(), c.getPerson().getAgeYears(), c.isChild(), c.getPerson().getLanguages(),
                c.getPerson().getDisability(), c.getDistrictCode(), c.getIdentifiedOn(), c.getHowIdentified(), c.getExploitation().getTypes(),
                c.getConsent().getReferral(), c.getConsent().getDate(), c.getConsent().getOnBehalfOf());
    }

    /**
     * Consent to referral as the case records it: the person's own, and for a child also who consented on the
     * child's behalf (a parent, guardian or the child protection authority).
     */
    static boolean consentRecorded(VictimCase c) {
        return c.getConsent().getReferral() == ConsentStatus.GIVEN
                && (!Boolean.TRUE.equals(c.isChild()) || c.getConsent().getOnBehalfOf() != null && !c.getConsent().getOnBehalfOf().isBlank());
    }
}
