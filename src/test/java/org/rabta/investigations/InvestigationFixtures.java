package org.rabta.investigations;

import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.Sex;
import org.rabta.support.CaseForms;
import org.rabta.support.Principals;
import org.rabta.support.Unique;
import org.springframework.stereotype.Component;

/**
 * Test data for investigations: demo users, victim cases, requests with unique FIR numbers, and investigations whose
 * accused go through events (for the justice figures, here and in reporting).
 */
@Component
@RequiredArgsConstructor
public class InvestigationFixtures {

    private final Principals principals;
    private final CasesApi cases;
    private final InvestigationService investigations;
    private final AccusedService accusedService;

    public RabtaUser user(String username) {
        return principals.user(username);
    }

    static String uniqueFir() {
        return "FIR-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String registerCase(String username) {
        return cases.register(user(username), caseForm()).getCaseNumber();
    }

    /** A woman of 24 rescued in Lahore three days ago from domestic servitude, with a made-up surname. */
    static CaseForm caseForm() {
        return CaseForms.rescued("Rukhsana", today().minusDays(3), LAHORE, 24);
    }

    static AccusedRequest accused(String name, String cnic, AccusedRole role) {
        return new AccusedRequest(name, "Allah Ditta", Sex.MALE, 41, "PK", cnic, null, role);
    }

    static InvestigationRequest request(LocalDate registeredOn, List<String> caseNumbers, List<AccusedRequest> accused) {
        return new InvestigationRequest(uniqueFir(), registeredOn, LAHORE, List.of(Offence.PTPA_2018_S3, Offence.PPC_370),
                "Inspector Nadia Butt", caseNumbers, accused, null);
    }

    long register(String username, List<AccusedRequest> accused) {
        return investigations.register(user(username), request(today().minusDays(30), List.of(), accused));
    }

    /** An event with no more than its type and day. */
    public static EventRequest event(AccusedEventType type, LocalDate on) {
        return new EventRequest(type, on, null, null, null, null, null, null, null);
    }

    /** An accused recruiter with a made-up name, no CNIC. */
    public static AccusedRequest recruiter() {
        return accused("Imran " + Unique.surname(), null, AccusedRole.RECRUITER);
    }

    /** An investigation of the user's agency, with no victim and {@code accused} made-up {@link #recruiter()}s. */
    public long register(RabtaUser user, LocalDate registeredOn, String district, List<Offence> offences, int accused) {
        List<AccusedRequest> persons = IntStream.range(0, accused).mapToObj(i -> recruiter()).toList();
        return investigations.register(user, new InvestigationRequest(uniqueFir(), registeredOn, district, offences,
                "Inspector Nadia Butt", List.of(), persons, null));
    }

    /** The ids of the investigation's accused, in their order. */
    public List<Long> accusedOf(RabtaUser user, long investigation) {
        return investigations.view(user, investigation).accused().stream().map(summary -> summary.accused().getId()).toList();
    }

    /** Records the accused's history, event after event. */
    public void record(RabtaUser user, long accusedId, EventRequest... history) {
        for (EventRequest event : history) {
            accusedService.recordEvent(user, accusedId, event);
        }
    }
}
