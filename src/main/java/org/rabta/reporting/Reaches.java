package org.rabta.reporting;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseAccessPolicy;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reach of a user's statistics: the districts, provinces or agency whose cases they count, for the
 * {@link org.rabta.cases.StatisticsReach} that the case access policy gives them. Administrators count no victims,
 * so for them statistics do not exist.
 */
@Component
@RequiredArgsConstructor
class Reaches {

    private final CommitteeJurisdiction committees;

    Reach of(RabtaUser user) {
        return switch (CaseAccessPolicy.statisticsReach(user)) {
            case COUNTRY -> Reach.country();
            case COMMITTEE_JURISDICTIONS -> committees.of(user);
            case OWN_AGENCY -> Reach.agency(user.agencyId(),
                    user.agencyName(LocaleContextHolder.getLocale()) + " (" + user.agencyCode() + ")");
            case NONE -> throw new RecordNotFoundException("Statistics", "(role)");
        };
    }
}
