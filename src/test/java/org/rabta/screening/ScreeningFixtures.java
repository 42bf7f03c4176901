package org.rabta.screening;

import static org.rabta.support.Dates.today;

import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CasesApi;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.Outcome;
import org.rabta.support.CaseForms;
import org.rabta.support.Principals;
import org.springframework.stereotype.Component;

/** Cases to screen (registered through CasesApi, with unique names) and the demo users as principals. */
@Component
@RequiredArgsConstructor
class ScreeningFixtures {

    static final String CASEWORKER = "fia.lahore";
    static final String SUPERVISOR = "fia.lahore.supervisor";
    static final String OTHER_AGENCY = "fia.karachi";

    /** An adult recruited by deception for domestic servitude inside Pakistan: trafficking, police competent. */
    static final Facts TRAFFICKED = Facts.of(Map.of(
            Fact.ACT_RECRUITED, Answer.YES,
            Fact.MEANS_FRAUD_OR_DECEPTION, Answer.YES,
            Fact.PURPOSE_DOMESTIC_SERVITUDE, Answer.YES,
            Fact.BORDER_CROSSED, Answer.NO));

    private final Principals principals;
    private final CasesApi cases;

    RabtaUser user(String username) {
        return principals.user(username);
    }

    /** A new case of the caseworker's agency; {@code age} null for a case that records no age. */
    String newCase(String username, Integer age) {
        return cases.register(user(username), CaseForms.rescued("Nasreen", today().minusDays(2), "PK617", age)).getCaseNumber();
    }

    static ScreeningCommand submit(Facts facts, Outcome determination, String reason) {
        return new ScreeningCommand(null, facts, Set.of(), determination, reason, false);
    }

    static ScreeningCommand draft(Facts facts) {
        return new ScreeningCommand(null, facts, Set.of(), null, null, true);
    }
}
