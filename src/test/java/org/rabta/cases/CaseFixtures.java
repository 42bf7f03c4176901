package org.rabta.cases;

import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.support.CaseForms;
import org.rabta.support.Principals;
import org.springframework.stereotype.Component;

/** Test data for the case tests: demo users as principals and valid forms with unique names. */
@Component
@RequiredArgsConstructor
class CaseFixtures {


    private final Principals principals;
    private final CasesApi cases;

    RabtaUser user(String username) {
        return principals.user(username);
    }

    VictimCase register(String username, CaseForm form) {
        return cases.register(user(username), form);
    }

    VictimCase register(String username) {
        return register(username, form());
    }

    /** Rukhsana, 24, rescued in Lahore three days ago, with her father's name. */
    static CaseForm form() {
        CaseForm form = CaseForms.rescued("Rukhsana", today().minusDays(3), LAHORE, 24);
        form.setFatherOrHusbandName("Ghulam Rasool");
        return form;
    }
}
