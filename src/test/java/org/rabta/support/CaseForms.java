package org.rabta.support;

import java.time.LocalDate;
import java.util.EnumSet;
import org.rabta.cases.CaseForm;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;

/**
 * Valid case forms of Pakistani girls and women rescued from domestic servitude, with a made-up surname so that each
 * test finds its own case among everyone else's: the one home of the case every feature's tests register.
 */
public final class CaseForms {

    private CaseForms() {
    }

    /** A girl or woman of {@code age} (null: not recorded) rescued in the district on the day; no identifier but her name. */
    public static CaseForm rescued(String firstName, LocalDate identifiedOn, String district, Integer age) {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(identifiedOn);
        form.setDistrictCode(district);
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName(firstName);
        form.setLastName(Unique.surname());
        form.setSex(Sex.FEMALE);
        form.setAgeYears(age);
        form.setNationality("PK");
        form.setExploitationTypes(EnumSet.of(ExploitationType.DOMESTIC_SERVITUDE));
        return form;
    }

    /**
     * A girl or woman of {@code age} rescued in Lahore two days ago with every direct identifier filled (name, father's
     * name, a unique CNIC, phone, address, languages, disability), for the tests that check who may see them; consent to
     * data processing given, to referral given or not asked.
     */
    public static CaseForm withIdentifiers(Integer age, boolean consentToReferral) {
        CaseForm form = rescued("Nasreen", Dates.today().minusDays(2), "PK617", age);
        form.setFatherOrHusbandName("Allah Ditta");
        form.setCnic(Unique.cnic());
        form.setPhone("0300-1234567");
        form.setAddress("House 12, Street 4, Shahdara, Lahore");
        form.setLanguages("Punjabi, Urdu");
        form.setDisability("Hearing impairment");
        form.setConsentDataProcessing(ConsentStatus.GIVEN);
        form.setConsentReferral(consentToReferral ? ConsentStatus.GIVEN : ConsentStatus.NOT_ASKED);
        form.setConsentDate(form.getIdentifiedOn());
        form.setConsentRecordedBy("Shahid Iqbal");
        return form;
    }
}
