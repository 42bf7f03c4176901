package org.rabta.accounts;

import lombok.RequiredArgsConstructor;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyDeactivationCheck;
import org.rabta.shared.BusinessRuleException;
import org.springframework.stereotype.Component;

/** The users of an inactive agency cannot sign in: keep at least one active admin outside the agency being deactivated. */
@Component
@RequiredArgsConstructor
class LastAdminAgencyCheck implements AgencyDeactivationCheck {

    private final UserAccountRepository users;

    @Override
    public void beforeDeactivating(Agency agency) {
        boolean adminElsewhere = users.lockActiveUsersWithRole(Role.ADMIN).stream()
                .anyMatch(admin -> !admin.getAgency().getId().equals(agency.getId()) && admin.getAgency().isActive());
        if (!adminElsewhere) {
            throw new BusinessRuleException("admin.agency.error.lastAdminAgency");
        }
    }
}
