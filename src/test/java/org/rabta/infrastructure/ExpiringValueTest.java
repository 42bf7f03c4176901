package org.rabta.infrastructure;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringValueTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();
    private final ExpiringValue<String, String> value = new ExpiringValue<>(Duration.ofNanos(100), now::get,
            key -> key + " #" + loads.incrementAndGet());

    @Test
    void aValueIsLoadedOncePerKeyUntilItsTimeToLiveHasPassed() {
        assertThat(value.get("a")).isEqualTo("a #1");
        now.addAndGet(99);
        assertThat(value.get("a")).isEqualTo("a #1");
        assertThat(value.get("b")).as("each key has its own value").isEqualTo("b #2");
        now.addAndGet(1);
        assertThat(value.get("a")).as("expired after exactly the time to live").isEqualTo("a #3");
    }

    @Test
    void clearingOutsideATransactionForgetsEveryValueAtOnce() {
        value.get("a");
        value.get("b");
        value.clearAfterCommit();
        assertThat(value.get("a")).isEqualTo("a #3");
        assertThat(value.get("b")).isEqualTo("b #4");
    }
}
