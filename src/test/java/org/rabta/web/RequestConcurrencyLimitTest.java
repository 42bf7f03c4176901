package org.rabta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shedding rule of {@link RequestConcurrencyLimit}, on a limit of one request at a time with no wait: while one
 * request holds the turn, the next page is a translated 503 and the next API call a problem detail, both with
 * {@code Retry-After}, and neither reaches the application; static assets and the health check still pass; the turn,
 * once given back, serves the next request. No timing is measured: the held turn is a latch.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class RequestConcurrencyLimitTest {

    private final ServiceUnavailable unavailable;

    private final AtomicInteger served = new AtomicInteger();
    private final FilterChain application = (request, response) -> served.incrementAndGet();

    @Test
    void whileEveryTurnIsTakenRequestsAre503WithRetryAfterAndAssetsAndHealthStillPass() throws Exception {
        RequestConcurrencyLimit limit = new RequestConcurrencyLimit(1, Duration.ZERO, unavailable);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
            try {
                limit.doFilter(new MockHttpServletRequest("GET", "/cases"), new MockHttpServletResponse(), (request, response) -> {
                    holding.countDown();
                    await(release);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await(holding);

            MockHttpServletResponse page = send(limit, "GET", "/cases", "en");
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("2");
            assertThat(page.getContentType()).startsWith("text/html");
            assertThat(page.getContentAsString()).contains("Rabta is very busy").doesNotContain("??");

            MockHttpServletResponse urdu = send(limit, "POST", "/cases/new", "ur");
            assertThat(urdu.getStatus()).isEqualTo(503);
            assertThat(urdu.getContentAsString()).contains("dir=\"rtl\"").contains("رابطہ اس وقت بہت مصروف ہے");

            MockHttpServletResponse api = send(limit, "GET", "/api/v1/agencies", "en");
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).isEqualTo("2");
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(api.getContentAsString()).contains("\"code\":\"unavailable.busy\"");
            assertThat(served).as("refused requests never reach the application").hasValue(0);

            for (String path : new String[] {"/css/rabta.css", "/js/rabta.js", "/webjars/bootstrap/5.3.8/css/bootstrap.min.css",
                    "/images/favicon.svg", "/actuator/health", "/actuator/health/liveness"}) {
                assertThat(send(limit, "GET", path, "en").getStatus()).as(path).isEqualTo(200);
            }
            assertThat(served).as("assets and health are never held back").hasValue(6);
        } finally {
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
        }
        assertThat(send(limit, "GET", "/cases", "en").getStatus()).as("the turn given back serves the next request").isEqualTo(200);
    }

    @Test
    void theTurnsAreTwoPerProcessorUnlessConfiguredAndAlwaysLeaveTwoConnectionsOfThePool() {
        assertThat(RequestConcurrencyLimit.turns(0, 100)).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(RequestConcurrencyLimit.turns(5, 100)).isEqualTo(5);
        assertThat(RequestConcurrencyLimit.turns(50, 10)).isEqualTo(8);
        assertThat(RequestConcurrencyLimit.turns(0, 2)).isEqualTo(1);
    }

    private MockHttpServletResponse send(RequestConcurrencyLimit limit, String method, String path, String language) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setCookies(new Cookie("rabta-lang", language));
        request.addHeader("Accept-Language", language);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, application);
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
