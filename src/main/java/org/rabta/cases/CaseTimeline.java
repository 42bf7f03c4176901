package org.rabta.cases;

import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's timeline: the entries the services of this package add for their changes, and those other features
 * announce ({@link CaseActivity}), heard synchronously in the announcing transaction.
 */
@Component
@RequiredArgsConstructor
class CaseTimeline {

    /** The case page shows at most this many entries, newest first. */
    static final int LIMIT = 200;

    private final CaseEventRepository events;
    private final CaseRepository cases;
    private final Clock clock;

    void add(VictimCase victimCase, CaseEventType type, RabtaUser user, String details) {
        add(victimCase, type, user, details, null);
    }

    private void add(VictimCase victimCase, CaseEventType type, RabtaUser user, String details, String subject) {
        events.save(new CaseEvent(victimCase.getId(), clock.instant(), type, user.username(), user.fullName(), details, subject));
    }

    @EventListener
    @Transactional
    void on(CaseActivity activity) {
        VictimCase victimCase = cases.findByCaseNumber(activity.caseNumber())
                .orElseThrow(() -> new RecordNotFoundException("Case", activity.caseNumber()));
        add(victimCase, activity.type(), activity.by(), activity.details(), activity.subject());
    }

    /** The latest entries, newest first. */
    List<CaseEvent> latest(VictimCase victimCase) {
        return events.findByCaseIdOrderByOccurredAtDescIdDesc(victimCase.getId(), PageRequest.of(0, LIMIT));
    }
}
