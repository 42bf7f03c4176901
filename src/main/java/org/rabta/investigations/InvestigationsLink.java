package org.rabta.investigations;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.NavigationContribution;
import org.rabta.accounts.RabtaUser;
import org.springframework.stereotype.Component;

/** Whether the navigation shows the investigations: to caseworkers and supervisors of FIA circles and the police. */
@Component
@RequiredArgsConstructor
class InvestigationsLink implements NavigationContribution {

    private final InvestigationAccess access;

    @Override
    public String name() {
        return "investigationsLink";
    }

    @Override
    public Object valueFor(RabtaUser user) {
        return access.showsLink(user);
    }
}
