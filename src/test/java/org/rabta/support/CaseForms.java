package org.rabta.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.rabta.cases.CaseForm;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;

/**
 * A valid case form with every direct identifier filled (name, father's name, a unique CNIC, phone, address,
 * languages, disability), for the tests that check who may see them: a woman rescued in Lahore two days ago, with a
 * made-up surname so that each test finds its own case.
 */
public final class CaseForms {

    private CaseForms() {
    }

    /** Consent to data processing given; to referral given, or not asked. */
    public static CaseForm withIdentifiers(int age, boolean consentToReferral) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(today.minusDays(2));
        form.setDistrictCode("PK617");
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Nasreen");
        form.setLastName(uniqueSurname());
        form.setFatherOrHusbandName("Allah Ditta");
        form.setSex(Sex.FEMALE);
        form.setAgeYears(age);
        form.setNationality("PK");
        form.setCnic(uniqueCnic());
        form.setPhone("0300-1234567");
        form.setAddress("House 12, Street 4, Shahdara, Lahore");
        form.setLanguages("Punjabi, Urdu");
        form.setDisability("Hearing impairment");
        form.setExploitationTypes(EnumSet.of(ExploitationType.DOMESTIC_SERVITUDE));
        form.setConsentDataProcessing(ConsentStatus.GIVEN);
        form.setConsentReferral(consentToReferral ? ConsentStatus.GIVEN : ConsentStatus.NOT_ASKED);
        form.setConsentDate(today.minusDays(2));
        form.setConsentRecordedBy("Shahid Iqbal");
        return form;
    }

    private static String uniqueSurname() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Qv" + (letters + "abcdefgh").substring(0, 8);
    }

    private static String uniqueCnic() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000_000_000L);
        String digits = String.format("%013d", n);
        return digits.substring(0, 5) + "-" + digits.substring(5, 12) + "-" + digits.substring(12);
    }
}
