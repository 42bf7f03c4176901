package org.rabta.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * A case as far as its {@link CasePart#REFERRAL_SUMMARY} goes: what a receiving agency sees on a referral's page and
 * an informed agency on the case's summary. The person's name, sex, age, languages and disability, where and how they
 * were identified, the forms of exploitation and the consent to referral. No identifiers, contact details, notes,
 * attachments, screenings or other referrals.
 */
public record PersonSummary(String caseNumber, String name, Sex sex, Integer ageYears, Boolean child, String languages,
                            String disability, String districtCode, LocalDate identifiedOn, HowIdentified howIdentified,
                            Set<ExploitationType> exploitationTypes, ConsentStatus consentReferral, LocalDate consentDate,
                            String consentOnBehalfOf) {

    public static PersonSummary of(VictimCase c) {
        return new PersonSummary(c.getCaseNumber(), c.displayName(), c.getPerson().getSex(), c.getPerson().getAgeYears(), c.isChild(), c.getPerson().getLanguages(),
                c.getPerson().getDisability(), c.getDistrictCode(), c.getIdentifiedOn(), c.getHowIdentified(), c.getExploitation().getTypes(),
                c.getConsent().getReferral(), c.getConsent().getDate(), c.getConsent().getOnBehalfOf());
    }
}
