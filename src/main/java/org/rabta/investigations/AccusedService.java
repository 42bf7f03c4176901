package org.rabta.investigations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.NameMatching;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accused of investigations: adding them, recording the steps of their path ({@link AccusedPath} keeps the order),
 * reading one with their events, and where else the agency has the same person accused ({@link AlsoAccusedIn}).
 */
@Service
@RequiredArgsConstructor
public class AccusedService {

    static final String TARGET = "ACCUSED";

    private final InvestigationAccess access;
    private final InvestigationRepository investigations;
    private final AccusedRepository accusedPersons;
    private final AccusedEventRepository events;
    private final NameMatching names;
    private final AlsoAccusedIn alsoAccusedIn;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * The caller has checked access to the investigation, locked it unless it was just registered, and validated the
     * person: the next position is then theirs alone.
     */
    Accused add(RabtaUser user, Investigation investigation, AccusedPerson person) {
        int position = accusedPersons.countByInvestigationId(investigation.getId()) + 1;
        Accused accused = accusedPersons.saveAndFlush(new Accused(investigation, position, person,
                user.username(), clock.instant()));
        audit.record(AuditRecord.of(InvestigationAuditAction.ACCUSED_ADDED, TARGET, accused.getId().toString(),
                "investigation " + investigation.getId() + ", " + person.role()));
        return accused;
    }

    /** Records a step of the accused's path; answers the event. Bad dates are a 400, a step out of order a 409. */
    @Transactional
    public AccusedEvent recordEvent(RabtaUser user, long accusedId, EventRequest request) {
        // Both locked, the accused first (InvestigationAccess): a step recorded at the same moment is checked after this
        // one against the path with it, and charge sheets of two accused never write the investigation over each other.
        Accused accused = access.accusedForUpdate(user, accusedId);
        Investigation investigation = access.investigationForUpdate(user, accused.getInvestigationId());
        List<AccusedEvent> recorded = events.findByAccusedIdOrderByOccurredOnAscIdAsc(accusedId);
        Set<Offence> charged = EnumSet.noneOf(Offence.class);
        recorded.stream().filter(event -> event.getType() == AccusedEventType.CHARGE_SHEET)
                .forEach(event -> event.getOffences().forEach(sentence -> charged.add(sentence.offence())));
        InvestigationInput input = new InvestigationInput(LocalDate.now(clock));
        EventDetails details = input.event(request, investigation.getRegisteredOn(), charged, investigation.getOffences());
        input.throwIfAny();
        AccusedPath.check(recorded, details.type(), details.on());

        AccusedEvent event = events.save(new AccusedEvent(accusedId, details, user.username(), clock.instant()));
        accused.apply(event);
        if (details.type() == AccusedEventType.CHARGE_SHEET) {
            investigation.chargeSheetOn(details.on());
        }
        audit.record(AuditRecord.of(InvestigationAuditAction.ACCUSED_EVENT_RECORDED, TARGET, String.valueOf(accusedId),
                details.type() + " " + details.on()));
        return event;
    }

    /** The accused page and the API's answer: an audited read. */
    @Transactional
    public AccusedView view(RabtaUser user, long accusedId) {
        Accused accused = access.accused(user, accusedId);
        audit.record(AuditRecord.of(InvestigationAuditAction.ACCUSED_VIEWED, TARGET, String.valueOf(accusedId), null));
        Investigation investigation = investigations.findById(accused.getInvestigationId()).orElseThrow();
        return new AccusedView(investigation, summaries(user, List.of(accused)).getFirst());
    }

    /** The accused with their events and where else they are accused; inside the caller's (audited) read. */
    List<AccusedSummary> summaries(RabtaUser user, List<Accused> accused) {
        if (accused.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AccusedEvent>> byAccused = events.findByAccusedIdInOrderByOccurredOnAscIdAsc(
                        accused.stream().map(Accused::getId).toList()).stream()
                .collect(Collectors.groupingBy(AccusedEvent::getAccusedId));
        names.useThreshold();
        List<AccusedSummary> summaries = new ArrayList<>();
        for (Accused person : accused) {
            summaries.add(new AccusedSummary(person, byAccused.getOrDefault(person.getId(), List.of()),
                    alsoAccusedIn.find(user.agencyId(), person.getInvestigationId(), person.getIdentity().getCnic(),
                            person.getName(), person.getFatherName())));
        }
        return summaries;
    }
}
