package org.rabta.accounts;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session at the same time each load the session, find an attribute missing (the CSRF token
 * after sign-in) and add it: the second save must not fail, and the later value wins.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ConcurrentSessionRequestsTest {

    private static final String CSRF_TOKEN = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

    private final SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsAddingTheSameAttributeBothSave() {
        bothRequestsSave(sessions);
    }

    /** Generic over the store's session type, which the JDBC store keeps to itself. */
    private static <S extends Session> void bothRequestsSave(SessionRepository<S> store) {
        S created = store.createSession();
        created.setAttribute("signed-in", "yes");
        store.save(created);

        S firstRequest = store.findById(created.getId());
        S secondRequest = store.findById(created.getId());
        firstRequest.setAttribute(CSRF_TOKEN, "token of the first request");
        secondRequest.setAttribute(CSRF_TOKEN, "token of the second request");
        store.save(firstRequest);
        store.save(secondRequest);

        S stored = store.findById(created.getId());
        assertThat((String) stored.getAttribute(CSRF_TOKEN)).isEqualTo("token of the second request");
        assertThat((String) stored.getAttribute("signed-in")).isEqualTo("yes");
        store.deleteById(created.getId());
    }
}
