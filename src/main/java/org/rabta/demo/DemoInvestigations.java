package org.rabta.demo;

import static org.rabta.demo.DemoPlaces.KARACHI_SOUTH;
import static org.rabta.demo.DemoPlaces.LAHORE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CasesApi;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.investigations.AccusedEventType;
import org.rabta.investigations.AccusedRequest;
import org.rabta.investigations.AccusedRole;
import org.rabta.investigations.AccusedService;
import org.rabta.investigations.EventRequest;
import org.rabta.investigations.InvestigationFilter;
import org.rabta.investigations.InvestigationRequest;
import org.rabta.investigations.InvestigationSearch;
import org.rabta.investigations.InvestigationService;
import org.rabta.investigations.MlaDirection;
import org.rabta.investigations.MlaKind;
import org.rabta.investigations.MlaRequestInput;
import org.rabta.investigations.Offence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo investigations (profile {@code demo}) of the FIA circles of Lahore and Karachi and of the Lahore police: one
 * ending in a conviction with a sentence per offence, one acquitted and appealed, one in trial with a hearing ahead, one
 * stalled (no charge sheet 120 days after the FIR), one with an extradition request. The names are made up. Runs once:
 * when the Lahore circle has any investigation, it leaves everything alone.
 */
@Component
@Profile("demo")
@Order(40)
@RequiredArgsConstructor
class DemoInvestigations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInvestigations.class);

    private final InvestigationService investigations;
    private final AccusedService accused;
    private final InvestigationSearch search;
    private final CasesApi cases;
    private final DemoActors actors;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.run(() -> {
            RabtaUser lahore = actors.user("fia.lahore");
            if (!search.list(lahore, InvestigationFilter.empty()).items().isEmpty()) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            convicted(lahore, today);
            acquittedAndAppealed(lahore, today);
            inTrial(actors.user("fia.karachi"), today, KARACHI_SOUTH, Offence.PSMA_2018_S3, Offence.EO_1979_S22);
            stalled(actors.user("fia.karachi"), today);
            inTrial(actors.user("police.lahore"), today, LAHORE, Offence.PTPA_2018_S3, Offence.PPC_374);
            stalled(actors.user("police.lahore"), today);
        });
        log.info("Demo investigations are in place");
    }

    private void convicted(RabtaUser user, LocalDate today) {
        LocalDate fir = today.minusDays(400);
        long id = register(user, "41/2025", fir, LAHORE, List.of(Offence.PTPA_2018_S3, Offence.PPC_371A),
                List.of(person("Sajid Mehmood", "3520212345671", AccusedRole.RECRUITER),
                        person("Kashif Iqbal", null, AccusedRole.TRANSPORTER)));
        long recruiter = accusedIds(user, id).getFirst();
        step(user, recruiter, AccusedEventType.ARRESTED, fir.plusDays(3));
        step(user, recruiter, new EventRequest(AccusedEventType.CHARGE_SHEET, fir.plusDays(60), null, null, null, null,
                "Sessions Court Lahore", "SC 112/2025", fir.plusDays(90)));
        step(user, recruiter, new EventRequest(AccusedEventType.HEARING, fir.plusDays(90), null, null, null, null,
                "Sessions Court Lahore", "SC 112/2025", fir.plusDays(150)));
        step(user, recruiter, new EventRequest(AccusedEventType.CONVICTED, fir.plusDays(200), null,
                List.of(new EventRequest.SentenceRequest(Offence.PTPA_2018_S3, 84, 500_000L),
                        new EventRequest.SentenceRequest(Offence.PPC_371A, 60, 200_000L)), null, null, null, null, null));
        long transporter = accusedIds(user, id).get(1);
        step(user, transporter, AccusedEventType.ABSCONDED, fir.plusDays(5));
    }

    private void acquittedAndAppealed(RabtaUser user, LocalDate today) {
        LocalDate fir = today.minusDays(300);
        long id = register(user, "77/2025", fir, LAHORE, List.of(Offence.PTPA_2018_S4, Offence.PPC_366A),
                List.of(person("Muhammad Yousaf", "3520198765431", AccusedRole.HARBOURER)));
        long person = accusedIds(user, id).getFirst();
        step(user, person, AccusedEventType.ARRESTED, fir.plusDays(2));
        step(user, person, AccusedEventType.BAILED, fir.plusDays(20));
        step(user, person, new EventRequest(AccusedEventType.CHARGE_SHEET, fir.plusDays(45), null, null, null, null,
                "Sessions Court Lahore", "SC 201/2025", null));
        step(user, person, AccusedEventType.ACQUITTED, fir.plusDays(180));
        step(user, person, AccusedEventType.APPEALED, fir.plusDays(200));
        // The same man, spelt otherwise, in the convicted FIR's neighbourhood: "also accused in" finds him.
        long second = register(user, "9/2026", today.minusDays(40), LAHORE, List.of(Offence.PTPA_2018_S3),
                List.of(person("Mohammad Yusuf", null, AccusedRole.RECRUITER)));
        investigations.addMlaRequest(user, second, new MlaRequestInput(MlaKind.EXTRADITION, MlaDirection.SENT, "AE",
                today.minusDays(20), "Extradition of the recruiter, believed to be in Dubai", null, null));
    }

    private void inTrial(RabtaUser user, LocalDate today, String district, Offence... offences) {
        LocalDate fir = today.minusDays(150);
        long id = register(user, (district.equals(KARACHI_SOUTH) ? "18" : "233") + "/2026", fir, district, List.of(offences),
                List.of(person("Irfan Ali", null, AccusedRole.FACILITATOR)));
        long person = accusedIds(user, id).getFirst();
        step(user, person, AccusedEventType.ARRESTED, fir.plusDays(1));
        step(user, person, new EventRequest(AccusedEventType.CHARGE_SHEET, fir.plusDays(50), null, null, null, null,
                "Judicial Magistrate", "JM 45/2026", today.plusDays(12)));
    }

    private void stalled(RabtaUser user, LocalDate today) {
        long id = register(user, "5/2026", today.minusDays(120),
                user.agencyCode().equals("FIA-AHTC-KHI") ? KARACHI_SOUTH : LAHORE,
                List.of(Offence.PSMA_2018_S4), List.of(person("Nadeem Akhtar", null, AccusedRole.FACILITATOR)));
        step(user, accusedIds(user, id).getFirst(), AccusedEventType.ARRESTED, today.minusDays(110));
    }

    private long register(RabtaUser user, String fir, LocalDate on, String district, List<Offence> offences,
                          List<AccusedRequest> persons) {
        List<String> victims = cases.list(user, CaseFilter.empty()).cases().stream().limit(1).map(VictimCase::getCaseNumber).toList();
        return investigations.register(user, new InvestigationRequest(fir, on, district, offences, "Inspector " + user.fullName(),
                victims, persons, null));
    }

    private List<Long> accusedIds(RabtaUser user, long investigationId) {
        return investigations.view(user, investigationId).accused().stream().map(summary -> summary.accused().getId()).toList();
    }

    private void step(RabtaUser user, long accusedId, AccusedEventType type, LocalDate on) {
        step(user, accusedId, new EventRequest(type, on, null, null, null, null, null, null, null));
    }

    private void step(RabtaUser user, long accusedId, EventRequest event) {
        accused.recordEvent(user, accusedId, event);
    }

    private static AccusedRequest person(String name, String cnic, AccusedRole role) {
        return new AccusedRequest(name, "Abdul Ghafoor", Sex.MALE, 38, "PK", cnic, null, role);
    }
}
