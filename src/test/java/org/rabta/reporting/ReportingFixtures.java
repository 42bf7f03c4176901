package org.rabta.reporting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CaseService;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyForm;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.JurisdictionLevel;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Statistics tests need figures nobody else's data can change: each test gets agencies of its own (new codes), so
 * the numbers its staff see are exactly the cases the test registered.
 */
@Component
class ReportingFixtures {

    static final String PASSWORD = "Rabta-fixture-2026";
    static final String LAHORE = "PK617";
    static final String PUNJAB = "PK6";
    static final String SINDH = "PK7";

    private final AgencyService agencies;
    private final UserAccountService accounts;
    private final UserDetailsService users;
    private final CaseService cases;

    ReportingFixtures(AgencyService agencies, UserAccountService accounts, UserDetailsService users, CaseService cases) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.users = users;
        this.cases = cases;
    }

    /** A new national agency of the given type. */
    Agency agency(AgencyType type) {
        return agency(type, JurisdictionLevel.NATIONAL, null, Set.of());
    }

    Agency agency(AgencyType type, JurisdictionLevel level, String province, Set<String> districts) {
        String code = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        AtomicReference<Agency> created = new AtomicReference<>();
        SystemIdentity.run(() -> created.set(agencies.create(new AgencyForm(code, "Statistics test agency " + code, null,
                type, level, province, districts, Set.of(), null, null, null, null, null))));
        return created.get();
    }

    /** A new user of the agency with the roles. */
    RabtaUser user(Agency agency, Role... roles) {
        String username = "rpt." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithPassword(username, "Statistics Tester", agency.getCode(), EnumSet.of(roles[0], roles),
                PASSWORD, false);
        return (RabtaUser) users.loadUserByUsername(username);
    }

    RabtaUser demoUser(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** Registers a case; {@code age} null means no age recorded. */
    VictimCase register(RabtaUser user, LocalDate identifiedOn, String district, Sex sex, Integer age,
                        ExploitationType... types) {
        CaseForm form = form(identifiedOn, district, sex, age, types);
        return cases.register(user, form);
    }

    static CaseForm form(LocalDate identifiedOn, String district, Sex sex, Integer age, ExploitationType... types) {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(identifiedOn);
        form.setDistrictCode(district);
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Nasreen");
        form.setLastName("Qx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8));
        form.setSex(sex);
        form.setAgeYears(age);
        form.setNationality("PK");
        form.setExploitationTypes(types.length == 0 ? EnumSet.noneOf(ExploitationType.class) : EnumSet.of(types[0], types));
        return form;
    }
}
