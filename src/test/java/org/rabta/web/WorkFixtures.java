package org.rabta.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.screening.ScreeningCommand;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Records for the work-list tests: demo users as principals, cases of Lahore with unique names, a determination. */
@Component
class WorkFixtures {

    static final String PASSWORD = "Rabta-demo-2026";

    private final UserDetailsService users;
    private final CasesApi cases;

    WorkFixtures(UserDetailsService users, CasesApi cases) {
        this.users = users;
        this.cases = cases;
    }

    RabtaUser demo(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** A case of the user's agency identified in Lahore two days ago; {@code age} null when not recorded. */
    String register(String username, Integer age, boolean consentToReferral) {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(today().minusDays(2));
        form.setDistrictCode("PK617");
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Shazia");
        form.setLastName("Wl" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8));
        form.setSex(Sex.FEMALE);
        form.setAgeYears(age);
        form.setNationality("PK");
        form.setCnic("35202-%07d-%d".formatted(ThreadLocalRandom.current().nextInt(10_000_000), ThreadLocalRandom.current().nextInt(10)));
        form.setExploitationTypes(EnumSet.of(ExploitationType.DOMESTIC_SERVITUDE));
        form.setConsentDataProcessing(ConsentStatus.GIVEN);
        form.setConsentReferral(consentToReferral ? ConsentStatus.GIVEN : ConsentStatus.NOT_ASKED);
        form.setConsentDate(today().minusDays(2));
        form.setConsentRecordedBy("Shahid Iqbal");
        return cases.register(demo(username), form).getCaseNumber();
    }

    /** A determination submitted as the rules find it: trafficking for forced labour. */
    static ScreeningCommand submitted() {
        return new ScreeningCommand(null, Facts.yes(Fact.ACT_RECRUITED, Fact.MEANS_THREATS, Fact.PURPOSE_FORCED_LABOUR),
                Set.of(), null, null, false);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }
}
