package org.rabta.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Test data for the case tests: demo users as principals and valid forms with unique names. */
@Component
class CaseFixtures {

    static final String PASSWORD = "Rabta-demo-2026";
    static final String LAHORE = "PK617";
    static final String KARACHI = "PK7";

    private final UserDetailsService users;
    private final CasesApi cases;

    CaseFixtures(UserDetailsService users, CasesApi cases) {
        this.users = users;
        this.cases = cases;
    }

    RabtaUser user(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    VictimCase register(String username, CaseForm form) {
        return cases.register(user(username), form);
    }

    VictimCase register(String username) {
        return register(username, form());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }

    /** A unique, made-up surname so that tests find their own cases among everyone else's. */
    static String uniqueSurname() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Zx" + (letters + "abcdefgh").substring(0, 8);
    }

    static CaseForm form() {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(today().minusDays(3));
        form.setDistrictCode(LAHORE);
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Rukhsana");
        form.setLastName(uniqueSurname());
        form.setFatherOrHusbandName("Ghulam Rasool");
        form.setSex(Sex.FEMALE);
        form.setAgeYears(24);
        form.setNationality("PK");
        form.setExploitationTypes(EnumSet.of(ExploitationType.DOMESTIC_SERVITUDE));
        return form;
    }
}
