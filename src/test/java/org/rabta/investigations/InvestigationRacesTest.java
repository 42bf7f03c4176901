package org.rabta.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.investigations.InvestigationFixtures.accused;
import static org.rabta.investigations.InvestigationFixtures.event;
import static org.rabta.investigations.InvestigationFixtures.uniqueFir;
import static org.rabta.support.Dates.today;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two changes of the same thing at the same moment, in two real transactions: the second is answered as it would be
 * if it came just after the first (a field error or a refused step, or done in its turn), never with a 500. Each race
 * is made certain, not left to timing: the first change runs in a transaction held open (a latch) until the second,
 * sent through the API from another thread, waits on a lock the first holds in PostgreSQL; then the first commits.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class InvestigationRacesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final MockMvc mvc;
    private final InvestigationFixtures fixtures;
    private final InvestigationService investigations;
    private final AccusedService accusedService;
    private final PlatformTransactionManager transactionManager;
    private final JdbcClient jdbc;

    @Test
    void theSameFirNumberRegisteredTwiceAtOnceIsTheFieldErrorOfASecondRegistration() throws Exception {
        RabtaUser fia = fixtures.user("fia.lahore");
        String firNumber = uniqueFir();
        MockHttpServletResponse second = race(
                () -> investigations.register(fia, new InvestigationRequest(firNumber, today().minusDays(3), "PK617",
                        List.of(Offence.PTPA_2018_S3), null, List.of(), List.of(), null)),
                post("/api/v1/investigations").with(httpBasic("fia.lahore.supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(registration(firNumber.toLowerCase())));

        MockHttpServletResponse afterwards = mvc.perform(post("/api/v1/investigations")
                        .with(httpBasic("fia.lahore.supervisor", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(registration(firNumber)))
                .andReturn().getResponse();
        assertThat(afterwards.getStatus()).isEqualTo(400);
        assertThat(second.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<Object>>read(second.getContentAsString(), "$.errors"))
                .isEqualTo(JsonPath.<List<Object>>read(afterwards.getContentAsString(), "$.errors"))
                .hasSize(1);
        assertThat(JsonPath.<String>read(second.getContentAsString(), "$.errors[0].field")).isEqualTo("firNumber");
    }

    @Test
    void accusedAddedToOneInvestigationAtOnceEachTakeTheNextPlace() throws Exception {
        RabtaUser fia = fixtures.user("fia.lahore");
        long id = fixtures.register("fia.lahore", List.of(accused("Rashid " + Unique.surname(), null, AccusedRole.RECRUITER)));
        MockHttpServletResponse second = race(
                () -> investigations.addAccused(fia, id, accused("Kamran " + Unique.surname(), null, AccusedRole.TRANSPORTER)),
                post("/api/v1/investigations/" + id + "/accused").with(httpBasic("fia.lahore.supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Waqas %s\", \"sex\": \"MALE\", \"role\": \"HARBOURER\"}".formatted(Unique.surname())));

        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(investigations.view(fia, id).accused()).extracting(summary -> summary.accused().getPosition())
                .containsExactly(1, 2, 3);
    }

    @Test
    void theSameCaseLinkedTwiceAtOnceIsTheFieldErrorOfASecondLink() throws Exception {
        RabtaUser fia = fixtures.user("fia.lahore");
        long id = fixtures.register("fia.lahore", List.of());
        String caseNumber = fixtures.registerCase("fia.lahore");
        MockHttpServletResponse second = race(
                () -> investigations.addVictim(fia, id, new VictimRequest(caseNumber, VictimRole.COMPLAINANT, null)),
                post("/api/v1/investigations/" + id + "/victims").with(httpBasic("fia.lahore.supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumber\": \"%s\", \"role\": \"WITNESS\"}".formatted(caseNumber)));

        assertThat(second.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(second.getContentAsString(), "$.errors[0].field")).isEqualTo("caseNumber");
        assertThat(investigations.view(fia, id).victims()).hasSize(1);
    }

    @Test
    void twoVerdictsRecordedAtOnceAreCheckedOneAfterTheOther() throws Exception {
        RabtaUser fia = fixtures.user("fia.lahore");
        long id = fixtures.register("fia.lahore", List.of(accused("Sajid " + Unique.surname(), null, AccusedRole.RECRUITER)));
        long accusedId = investigations.view(fia, id).accused().getFirst().accused().getId();
        accusedService.recordEvent(fia, accusedId, event(AccusedEventType.CHARGE_SHEET, today().minusDays(10)));
        MockHttpServletResponse second = race(
                () -> accusedService.recordEvent(fia, accusedId, event(AccusedEventType.CONVICTED, today().minusDays(2))),
                post("/api/v1/accused/" + accusedId + "/events").with(httpBasic("fia.lahore.supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"ACQUITTED\", \"on\": \"%s\"}".formatted(today().minusDays(1))));

        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(second.getContentAsString(), "$.code"))
                .isEqualTo("investigations.rule.secondVerdictNeedsAppeal");
        assertThat(accusedService.view(fia, accusedId).summary().accused().getFirstVerdict()).isEqualTo(AccusedEventType.CONVICTED);
    }

    @Test
    void twoEditsOfTheSameVersionAtOnceMakeTheSecondStale() throws Exception {
        RabtaUser fia = fixtures.user("fia.lahore");
        long id = fixtures.register("fia.lahore", List.of());
        Investigation read = investigations.view(fia, id).investigation();
        MockHttpServletResponse second = race(
                () -> investigations.update(fia, id, new InvestigationRequest(read.getFirNumber(), read.getRegisteredOn(),
                        "PK617", List.of(Offence.PTPA_2018_S4), "SI Rukhsana", List.of(), List.of(), read.getVersion())),
                put("/api/v1/investigations/" + id).with(httpBasic("fia.lahore.supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"firNumber": "%s", "registeredOn": "%s", "districtCode": "PK617", "offences": ["PPC_374"],
                                 "version": %d}""".formatted(read.getFirNumber(), read.getRegisteredOn(), read.getVersion())));

        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(investigations.view(fia, id).investigation().getOffences()).containsExactly(Offence.PTPA_2018_S4);
    }

    private static String registration(String firNumber) {
        return """
                {"firNumber": "%s", "registeredOn": "%s", "districtCode": "PK617", "offences": ["PSMA_2018_S3"]}"""
                .formatted(firNumber, today().minusDays(2));
    }

    /**
     * Runs {@code first} in a transaction held open until {@code second}, sent from another thread, waits on a lock
     * that transaction holds (or has been answered without waiting); then commits it. Answers what {@code second} got.
     */
    private MockHttpServletResponse race(Runnable first, MockHttpServletRequestBuilder second) throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicInteger backend = new AtomicInteger();
        // Threads of their own: the common pool may have a single thread, which the held transaction would keep.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    first.run();
                    backend.set(jdbc.sql("select pg_backend_pid()").query(Integer.class).single());
                    changed.countDown();
                    await(commit);
                }), threads);
        try {
            await(changed);
            CompletableFuture<MockHttpServletResponse> contender = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(second).andReturn().getResponse();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads);
            Instant deadline = Instant.now().plus(PATIENCE);
            while (!contender.isDone() && !waitsFor(backend.get())) {
                assertThat(Instant.now()).as("the second change neither waited for %d nor was answered: %s", backend.get(),
                        jdbc.sql("select pid, state, wait_event_type, wait_event, pg_blocking_pids(pid)::text, left(query, 80) "
                                + "from pg_stat_activity where datname = current_database()").query().listOfRows())
                        .isBefore(deadline);
                TimeUnit.MILLISECONDS.sleep(10);
            }
            commit.countDown();
            holder.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return contender.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            threads.shutdown();
        }
    }

    /** Whether another session of PostgreSQL waits for a lock the given one holds. */
    private boolean waitsFor(int backend) {
        return jdbc.sql("select exists (select 1 from pg_stat_activity where :backend = any (pg_blocking_pids(pid)))")
                .param("backend", backend).query(Boolean.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not reached within " + PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
