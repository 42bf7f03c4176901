package org.rabta.accounts.twofactor;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.Role;
import org.rabta.accounts.SecondFactor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who owes a second factor, and that production requires one of admins and supervisors. */
class SecondFactorRequirementTest {

    @Test
    void theProdProfileRequiresASecondFactorOfAdminsAndSupervisors() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yml"))
                .forEach(environment.getPropertySources()::addFirst);

        List<Role> required = Binder.get(environment).bind("rabta.security.mfa.required-roles", org.springframework.boot.context.properties.bind.Bindable.listOf(Role.class)).get();

        assertThat(required).containsExactlyInAnyOrder(Role.ADMIN, Role.SUPERVISOR);
    }

    @Test
    void anUnenrolledUserOfARequiredRoleMustEnrolFirst() {
        Set<Role> prod = Set.of(Role.ADMIN, Role.SUPERVISOR);

        assertThat(SecondFactorRequirement.decide(false, Set.of(Role.ADMIN), prod)).isEqualTo(SecondFactor.ENROL);
        assertThat(SecondFactorRequirement.decide(false, Set.of(Role.SUPERVISOR, Role.CASEWORKER), prod)).isEqualTo(SecondFactor.ENROL);
        assertThat(SecondFactorRequirement.decide(false, Set.of(Role.CASEWORKER), prod)).isEqualTo(SecondFactor.NONE);
        assertThat(SecondFactorRequirement.decide(true, Set.of(Role.CASEWORKER), prod)).isEqualTo(SecondFactor.CODE);
        assertThat(SecondFactorRequirement.decide(false, Set.of(Role.ADMIN), Set.of())).isEqualTo(SecondFactor.NONE);
    }
}
