package org.rabta.infrastructure;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read often and changed rarely (reference data, an agency's staff), kept in this instance's memory for at
 * most {@code timeToLive} per key. Each instance of Rabta keeps its own: a change made through this instance clears
 * it at once ({@link #clearAfterCommit()}), a change made through another instance is seen here after the time to
 * live at the latest, which is why that time stays short. Loads are not locked: two requests may both load an expired
 * value, and the last one stored wins. Time is the JVM's monotonic clock, not the application's business clock.
 */
public final class ExpiringValue<K, V> {

    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final Function<K, V> loader;
    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(V value, long loadedAt) {
    }

    public ExpiringValue(Duration timeToLive, Function<K, V> loader) {
        this(timeToLive, System::nanoTime, loader);
    }

    ExpiringValue(Duration timeToLive, LongSupplier nanoTime, Function<K, V> loader) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
        this.loader = loader;
    }

    public V get(K key) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry == null || now - entry.loadedAt() >= timeToLiveNanos) {
            entry = new Entry<>(loader.apply(key), now);
            entries.put(key, entry);
        }
        return entry.value();
    }

    /**
     * Forgets every value once the current transaction commits (at once without one): clearing earlier would let a
     * concurrent request load the old rows again before the change is visible.
     */
    public void clearAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entries.clear();
                }
            });
        } else {
            entries.clear();
        }
    }
}
