package org.rabta.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The session's last access is kept to the minute: a read within the minute of the recorded one writes nothing, a
 * later read records it at once, so the account page's "last activity" is never more than a minute behind.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class SessionStoreTest {

    private final SessionRepository<? extends Session> sessions;

    private final JdbcTemplate jdbc;

    @Test
    void aReadWithinTheMinuteLeavesTheLastAccessAndALaterOneRecordsIt() {
        Instant recent = Instant.now().minusSeconds(20).truncatedTo(ChronoUnit.MILLIS);
        assertThat(lastAccessAfterRead(sessions, recent)).isEqualTo(recent);

        Instant old = Instant.now().minus(Duration.ofMinutes(3));
        assertThat(lastAccessAfterRead(sessions, old)).isCloseTo(Instant.now(), within(Duration.ofSeconds(10)));
    }

    /**
     * The minute may turn while a request runs, between the read of its session and Spring Session's filter setting
     * the time again: that later time is not written (it would be a transaction of its own after the page's).
     */
    @Test
    void aTimeSetAfterTheReadIsNotWritten() {
        Instant recent = Instant.now().minusSeconds(20).truncatedTo(ChronoUnit.MILLIS);
        assertThat(lastAccessAfterRead(sessions, recent, Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(recent);
    }

    private <S extends Session> Instant lastAccessAfterRead(SessionRepository<S> store, Instant lastAccess) {
        return lastAccessAfterRead(store, lastAccess, Instant.now());
    }

    /**
     * Stores a session last accessed at the time given, reads it as a request would (the filter setting the time
     * given after the read), and reads what is stored.
     */
    private <S extends Session> Instant lastAccessAfterRead(SessionRepository<S> store, Instant lastAccess,
                                                            Instant setAfterRead) {
        S created = store.createSession();
        store.save(created);
        jdbc.update("update spring_session set last_access_time = ? where session_id = ?", lastAccess.toEpochMilli(),
                created.getId());
        S read = store.findById(created.getId());
        read.setLastAccessedTime(setAfterRead);
        store.save(read);
        Instant stored = store.findById(created.getId()).getLastAccessedTime();
        store.deleteById(created.getId());
        return stored;
    }
}
