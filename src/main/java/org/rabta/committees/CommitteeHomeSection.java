package org.rabta.committees;

import java.util.List;
import java.util.Map;
import org.rabta.accounts.RabtaUser;
import org.rabta.web.HomePageSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a member's home page: the committees they sit on today and their overdue action items. */
@Component
class CommitteeHomeSection implements HomePageSection {

    private final CommitteeService committees;
    private final MeetingService meetings;

    CommitteeHomeSection(CommitteeService committees, MeetingService meetings) {
        this.committees = committees;
        this.meetings = meetings;
    }

    @Override
    public String template() {
        return "committees/home";
    }

    @Override
    public String fragment() {
        return "committeeHome";
    }

    @Override
    public Map<String, Object> model(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof RabtaUser user)) {
            return Map.of();
        }
        List<Committee> sittingOn = committees.sittingOn(user);
        if (sittingOn.isEmpty()) {
            return Map.of();
        }
        return Map.of("committees", sittingOn, "overdue", meetings.overdueFor(user));
    }
}
