package org.rabta.referrals;


import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.support.CaseForms;
import org.rabta.support.Principals;
import org.springframework.stereotype.Component;

/** Test data for the referral tests: demo users as principals, cases with unique names and CNICs, referrals. */
@Component
@RequiredArgsConstructor
class ReferralFixtures {

    static final String SHELTER_NGO = "NGO-LHR-SHELTER";
    static final String CPWB = "PB-CPWB";

    private final Principals principals;
    private final CasesApi cases;
    private final NewReferrals referrals;

    RabtaUser user(String username) {
        return principals.user(username);
    }

    /** A case of the user's agency in Lahore: a woman of 24 who consented to referral (unless {@code consent} is false). */
    VictimCase caseOf(String username, boolean consent) {
        return cases.register(user(username), CaseForms.withIdentifiers(24, consent));
    }

    VictimCase childCaseOf(String username, boolean consentOnBehalf) {
        // The case form itself demands consent on a child's behalf once consent is recorded; without it, not asked.
        CaseForm form = CaseForms.withIdentifiers(15, consentOnBehalf);
        if (consentOnBehalf) {
            // A parent, as most are; typed text naming an agency in English would read to the pages' checks as untranslated.
            form.setConsentOnBehalfOf("Mother, Shazia Bibi");
        } else {
            form.setConsentDataProcessing(ConsentStatus.NOT_ASKED);
            form.setConsentDate(null);
            form.setConsentRecordedBy(null);
        }
        return cases.register(user(username), form);
    }

    Referral refer(String username, VictimCase victimCase, String toAgency, ServiceType type, Urgency urgency) {
        return referrals.create(user(username), victimCase.getCaseNumber(),
                new ReferralRequest(toAgency, type, urgency, "Needs a safe place tonight.", null, null, false));
    }

    /** A sent referral from the police to the shelter NGO. */
    Referral sentToShelter(VictimCase victimCase) {
        return refer("police.lahore", victimCase, SHELTER_NGO, ServiceType.SHELTER, Urgency.HIGH);
    }
}
