package org.rabta.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.screening.Screening;
import org.rabta.screening.ScreeningCommand;
import org.rabta.screening.ScreeningReads;
import org.rabta.screening.ScreeningRecording;
import org.rabta.screening.ScreeningReview;
import org.rabta.screening.ScreeningStatus;
import org.rabta.screening.engine.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Screenings of the first open cases of the FIA circles of Lahore and Karachi (which hold most demo cases that
 * cross a border), so that the case list's determination column and filter and the statistics show living data.
 * Each is recorded by the circle's demo caseworker and most are confirmed by its demo supervisor, through the
 * screening service and its access rules like any screening; a few await a supervisor and a few are drafts. Runs
 * once per circle: a circle with any confirmed determination is left alone, so restarts (and cases registered
 * since) add nothing; {@code rabta.demo.screenings} sets how many cases of each circle are screened.
 */
@Component
@Profile("demo")
@Order(40)
class DemoScreenings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoScreenings.class);

    /** Who screens and who confirms at each agency (demo users of {@link DemoData}). */
    static final List<Team> TEAMS = List.of(
            new Team("fia.lahore", "fia.lahore.supervisor"),
            new Team("fia.karachi", "fia.karachi.supervisor"));

    private final UserAccountService accounts;
    private final CasesApi cases;
    private final ScreeningReads reads;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final int perAgency;

    DemoScreenings(UserAccountService accounts, CasesApi cases, ScreeningReads reads, ScreeningRecording recording,
                   ScreeningReview reviews, @Value("${rabta.demo.screenings:25}") int perAgency) {
        this.accounts = accounts;
        this.cases = cases;
        this.reads = reads;
        this.recording = recording;
        this.reviews = reviews;
        this.perAgency = Math.min(perAgency, CaseFilter.MAX_SIZE);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (perAgency <= 0) {
            return;
        }
        long started = System.nanoTime();
        int recorded = TEAMS.stream().mapToInt(this::screen).sum();
        if (recorded > 0) {
            log.info("Demo screenings recorded: {} in {} ms", recorded, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    private int screen(Team team) {
        AtomicReference<RabtaUser> caseworker = new AtomicReference<>();
        AtomicReference<RabtaUser> supervisor = new AtomicReference<>();
        SystemIdentity.run(() -> {
            caseworker.set(accounts.actingUser(team.caseworker()));
            supervisor.set(accounts.actingUser(team.supervisor()));
        });
        if (hasConfirmedDeterminations(caseworker.get())) {
            return 0;
        }
        AtomicInteger recorded = new AtomicInteger();
        List<VictimCase> firstCases = firstOpenCases(caseworker.get());
        for (int i = 0; i < firstCases.size(); i++) {
            if (screenIfUnscreened(firstCases.get(i), i, caseworker.get(), supervisor.get())) {
                recorded.incrementAndGet();
            }
        }
        return recorded.get();
    }

    /** Whether any case of the agency has a confirmed determination (the filter the case list offers, one outcome at a time). */
    private boolean hasConfirmedDeterminations(RabtaUser caseworker) {
        AtomicReference<Boolean> found = new AtomicReference<>(false);
        SystemIdentity.runAs(caseworker, () -> found.set(Arrays.stream(Outcome.values()).anyMatch(outcome ->
                !cases.list(caseworker, new CaseFilter(null, null, null, null, null, null, null, null, null, null,
                        outcome.name(), null, null, 0, 1)).cases().isEmpty())));
        return found.get();
    }

    /** The agency's oldest open cases: the demo cases, loaded before anything is registered by hand. */
    private List<VictimCase> firstOpenCases(RabtaUser caseworker) {
        CaseFilter oldestFirst = new CaseFilter(null, null, null, null, null, null, null, null, null, null, null,
                CaseFilter.CaseSort.NUMBER, CaseFilter.SortDirection.ASC, 0, CaseFilter.MAX_SIZE);
        AtomicReference<List<VictimCase>> found = new AtomicReference<>();
        SystemIdentity.runAs(caseworker, () -> found.set(cases.list(caseworker, oldestFirst).cases()));
        return found.get().stream()
                .filter(c -> c.getOwningAgencyId() == caseworker.agencyId() && !c.getStatus().isClosed())
                .limit(perAgency)
                .toList();
    }

    /**
     * Of every eight cases one stays a draft and two await the supervisor; the rest are confirmed. The second and
     * third case already show the draft and the waiting one, so a small demo (the tests') has every state. A
     * confirmed case shows on its row and needs no further look; any other is screened only if its history is empty.
     */
    private boolean screenIfUnscreened(VictimCase victimCase, int index, RabtaUser caseworker, RabtaUser supervisor) {
        if (victimCase.getConfirmedDetermination() != null) {
            return false;
        }
        AtomicReference<Screening> screening = new AtomicReference<>();
        SystemIdentity.runAs(caseworker, () -> {
            if (!reads.history(caseworker, victimCase.getCaseNumber()).screenings().isEmpty()) {
                return;
            }
            boolean draft = index % 8 == 2;
            ScreeningCommand command = new ScreeningCommand(null, DemoScreeningFacts.forCase(victimCase, index), null, null, null, draft);
            screening.set(recording.create(caseworker, victimCase.getCaseNumber(), command));
        });
        if (screening.get() == null) {
            return false;
        }
        boolean awaitsSupervisor = index % 8 == 1 || index % 8 == 5;
        if (screening.get().getStatus() == ScreeningStatus.SUBMITTED && !awaitsSupervisor) {
            SystemIdentity.runAs(supervisor, () -> reviews.confirm(supervisor, screening.get().getId(), screening.get().getVersion()));
        }
        return true;
    }

    record Team(String caseworker, String supervisor) {
    }
}
