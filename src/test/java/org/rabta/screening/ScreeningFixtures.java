package org.rabta.screening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.Outcome;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Cases to screen (registered through CasesApi, with unique names) and the demo users as principals. */
@Component
class ScreeningFixtures {

    static final String PASSWORD = "Rabta-demo-2026";
    static final String CASEWORKER = "fia.lahore";
    static final String SUPERVISOR = "fia.lahore.supervisor";
    static final String OTHER_AGENCY = "fia.karachi";

    /** An adult recruited by deception for domestic servitude inside Pakistan: trafficking, police competent. */
    static final Facts TRAFFICKED = Facts.of(Map.of(
            Fact.ACT_RECRUITED, Answer.YES,
            Fact.MEANS_FRAUD_OR_DECEPTION, Answer.YES,
            Fact.PURPOSE_DOMESTIC_SERVITUDE, Answer.YES,
            Fact.BORDER_CROSSED, Answer.NO));

    private final UserDetailsService users;
    private final CasesApi cases;

    ScreeningFixtures(UserDetailsService users, CasesApi cases) {
        this.users = users;
        this.cases = cases;
    }

    RabtaUser user(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** A new case of the caseworker's agency; {@code age} null for a case that records no age. */
    String newCase(String username, Integer age) {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(LocalDate.now(ZoneId.of("Asia/Karachi")).minusDays(2));
        form.setDistrictCode("PK617");
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Nasreen");
        form.setLastName("Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8));
        form.setSex(Sex.FEMALE);
        form.setAgeYears(age);
        form.setNationality("PK");
        return cases.register(user(username), form).getCaseNumber();
    }

    static ScreeningCommand submit(Facts facts, Outcome determination, String reason) {
        return new ScreeningCommand(null, facts, Set.of(), determination, reason, false);
    }

    static ScreeningCommand draft(Facts facts) {
        return new ScreeningCommand(null, facts, Set.of(), null, null, true);
    }
}
