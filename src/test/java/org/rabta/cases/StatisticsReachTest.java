package org.rabta.cases;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SecondFactor;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose cases each role counts in statistics, as the case access policy says; the widest of several roles wins. */
class StatisticsReachTest {

    @ParameterizedTest(name = "{0} counts {1}")
    @CsvSource({
            "ANALYST,                     COUNTRY",
            "COMMITTEE_MEMBER,            COMMITTEE_JURISDICTIONS",
            "CASEWORKER,                  OWN_AGENCY",
            "SUPERVISOR,                  OWN_AGENCY",
            "ADMIN,                       NONE",
            "SUPERVISOR;COMMITTEE_MEMBER, COMMITTEE_JURISDICTIONS",
            "CASEWORKER;ANALYST,          COUNTRY",
            "ADMIN;ANALYST,               COUNTRY"})
    void eachRoleCountsTheCasesThePolicyAllows(String roles, StatisticsReach expected) {
        assertThat(CaseAccessPolicy.statisticsReach(userWith(roles))).isEqualTo(expected);
    }

    @Test
    void noUserCountsNothing() {
        assertThat(CaseAccessPolicy.statisticsReach(null)).isEqualTo(StatisticsReach.NONE);
    }

    private static RabtaUser userWith(String roles) {
        Set<Role> set = Arrays.stream(roles.split(";")).map(String::strip).map(Role::valueOf)
                .collect(Collectors.toSet());
        return new RabtaUser(1, "someone", "Someone", 2, "AGENCY", "Agency", null, set, false, null, true, false, SecondFactor.NONE);
    }
}
