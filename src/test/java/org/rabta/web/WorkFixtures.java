package org.rabta.web;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CasesApi;
import org.rabta.screening.ScreeningCommand;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.support.CaseForms;
import org.rabta.support.Principals;
import org.springframework.stereotype.Component;

/** Records for the work-list tests: demo users as principals, cases of Lahore with unique names, a determination. */
@Component
@RequiredArgsConstructor
class WorkFixtures {

    private final Principals principals;
    private final CasesApi cases;

    RabtaUser demo(String username) {
        return principals.user(username);
    }

    /** A case of the user's agency identified in Lahore two days ago; {@code age} null when not recorded. */
    String register(String username, Integer age, boolean consentToReferral) {
        return cases.register(demo(username), CaseForms.withIdentifiers(age, consentToReferral)).getCaseNumber();
    }

    /** A determination submitted as the rules find it: trafficking for forced labour. */
    static ScreeningCommand submitted() {
        return new ScreeningCommand(null, Facts.yes(Fact.ACT_RECRUITED, Fact.MEANS_THREATS, Fact.PURPOSE_FORCED_LABOUR),
                Set.of(), null, null, false);
    }
}
