package org.rabta.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.directory.AgencyService;
import org.rabta.investigations.InformOffer;
import org.rabta.investigations.InformedAgencies;
import org.rabta.screening.Screening;
import org.rabta.screening.ScreeningCommand;
import org.rabta.screening.ScreeningRecording;
import org.rabta.screening.ScreeningReview;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A case an NGO brought to law enforcement (profile {@code demo}): the Panah shelter's caseworker screens its oldest
 * open case as trafficking, its supervisor confirms, and the caseworker informs the competent agency proposed for the
 * case (the Lahore FIA circle when none is), whose supervisors find it in their notifications and work list. Runs once:
 * when any of the shelter's cases has a confirmed determination, it leaves everything alone.
 */
@Component
@Profile("demo")
@Order(50)
@RequiredArgsConstructor
class DemoInformedAgency implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInformedAgency.class);

    private static final String FALLBACK_AGENCY = "FIA-AHTC-LHR";

    private final UserAccountService accounts;
    private final CasesApi cases;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final InformedAgencies informing;
    private final AgencyService agencies;

    @Override
    public void run(ApplicationArguments args) {
        AtomicReference<RabtaUser> caseworker = new AtomicReference<>();
        AtomicReference<RabtaUser> supervisor = new AtomicReference<>();
        SystemIdentity.run(() -> {
            caseworker.set(accounts.actingUser("ngo.lahore"));
            supervisor.set(accounts.actingUser("ngo.lahore.supervisor"));
        });
        RabtaUser ngo = caseworker.get();
        SystemIdentity.runAs(ngo, () -> {
            List<VictimCase> open = cases.list(ngo, new CaseFilter(null, null, null, null, null, null, null, null, null, null, null,
                    CaseFilter.CaseSort.NUMBER, CaseFilter.SortDirection.ASC, 0, CaseFilter.MAX_SIZE)).cases().stream()
                    .filter(c -> c.getOwningAgencyId() == ngo.agencyId() && !c.getStatus().isClosed()).toList();
            if (open.isEmpty() || open.stream().anyMatch(c -> c.getConfirmedDetermination() != null)) {
                return;
            }
            String caseNumber = open.getFirst().getCaseNumber();
            Screening screening = recording.create(ngo, caseNumber, new ScreeningCommand(null, trafficking(), null, null, null, false));
            SystemIdentity.runAs(supervisor.get(), () -> reviews.confirm(supervisor.get(), screening.getId(), screening.getVersion()));
            VictimCase screened = cases.get(ngo, caseNumber);
            Long agencyId = informing.offer(ngo, screened).map(InformOffer::proposedAgencyId)
                    .orElseGet(() -> agencies.byCode(FALLBACK_AGENCY).getId());
            informing.inform(ngo, screened, agencyId);
            log.info("Demo case {} of the Panah shelter was brought to a law-enforcement agency", caseNumber);
        });
    }

    /** Recruited by deception into forced labour: trafficking in persons (PTPA 2018 s.3). */
    private static Facts trafficking() {
        Map<Fact, Answer> answers = new EnumMap<>(Fact.class);
        answers.put(Fact.ACT_RECRUITED, Answer.YES);
        answers.put(Fact.MEANS_FRAUD_OR_DECEPTION, Answer.YES);
        answers.put(Fact.PURPOSE_FORCED_LABOUR, Answer.YES);
        answers.put(Fact.BORDER_CROSSED, Answer.NO);
        return Facts.of(answers);
    }
}
