package org.moocbuilder.memo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;

/**
 * Remembers what pure steps computed, so that a live rebuild after one saved lesson does not
 * parse every other lesson and every catalog again. A key must hold everything the step reads
 * (the text itself, not its file name): an entry is then right for as long as it is found.
 *
 * <p>Entries live for two generations: {@link #nextGeneration} starts a rebuild, and what the
 * rebuild before it did not use is dropped, so memory follows the site as it is now, not every
 * version of it an author saved. A one-shot build uses {@link #none}, which keeps nothing.
 * Safe for the parallel stages: a step may run twice for one key, never give two answers.
 */
public final class Memo {

    private static final Memo NONE = new Memo(false);

    private final boolean keeps;
    private volatile Map<Key, Object> current = new ConcurrentHashMap<>();
    private volatile Map<Key, Object> previous = Map.of();

    private Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo that keeps nothing: every step computes. */
    public static Memo none() {
        return NONE;
    }

    /** A memo for a live session, kept across its rebuilds. */
    public static Memo live() {
        return new Memo(true);
    }

    /** Starts a rebuild: entries that the previous rebuild did not use are let go. */
    public synchronized void nextGeneration() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** The value of {@code step} for {@code key}, computed when not remembered. */
    @SuppressWarnings("unchecked")
    public <V> V get(String step, Object key, Supplier<V> compute) {
        if (!keeps) {
            return compute.get();
        }
        Key k = new Key(step, key);
        Map<Key, Object> now = current;
        Object value = now.get(k);
        if (value == null) {
            value = previous.get(k);
            if (value == null) {
                value = compute.get();
            }
            if (value != null) {
                now.put(k, value);
            }
        }
        return (V) value;
    }

    /**
     * The same for a step that reports findings: they are remembered with the value and
     * reported again each time it is reused, as if the step had run.
     */
    public <V> V reported(String step, Object key, Diagnostics diagnostics, Function<Diagnostics, V> compute) {
        if (!keeps) {
            return compute.apply(diagnostics);
        }
        Reported<V> reported = get(step, key, () -> {
            Diagnostics own = new Diagnostics();
            V value = compute.apply(own);
            return new Reported<>(value, own.sorted());
        });
        reported.findings().forEach(diagnostics::report);
        return reported.value();
    }

    private record Key(String step, Object key) {
    }

    private record Reported<V>(V value, List<Diagnostic> findings) {
    }
}
