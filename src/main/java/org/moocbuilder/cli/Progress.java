package org.moocbuilder.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A one-line page counter on the terminal for builds that take more than a second: pages, pages
 * per second, and pages per language. Silent when output is piped, in CI, or with --quiet, so
 * logs stay clean.
 */
final class Progress implements AutoCloseable {

    private final Map<String, AtomicInteger> byLocale = new ConcurrentSkipListMap<>();
    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private final long started = System.nanoTime();
    private volatile boolean shown;

    Progress(PrintWriter err, boolean enabled, long firstMillis, long everyMillis) {
        this.err = err;
        this.ticker = enabled ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mooc-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::show, firstMillis, everyMillis, TimeUnit.MILLISECONDS);
        }
    }

    static Progress start(PrintWriter err, boolean quiet) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new Progress(err, terminal && !quiet, 1000, 250);
    }

    /** Counts a rendered page by the language its output path starts with. */
    void pageDone(String outputPath) {
        int slash = outputPath.indexOf('/');
        String locale = slash > 0 ? outputPath.substring(0, slash) : "site";
        byLocale.computeIfAbsent(locale, l -> new AtomicInteger()).incrementAndGet();
    }

    /** The counter line: {@code Rendering: 84 pages (42 pages/s); ar 14, en 15, ...}. */
    String line(double seconds) {
        int pages = byLocale.values().stream().mapToInt(AtomicInteger::get).sum();
        String perLocale = byLocale.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Rendering: %d %s (%.0f pages/s)%s", pages, pages == 1 ? "page" : "pages",
                pages / Math.max(seconds, 1e-3), perLocale.isEmpty() ? "" : "; " + perLocale);
    }

    private void show() {
        err.print("\r\033[K" + line((System.nanoTime() - started) / 1e9));
        err.flush();
        shown = true;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            if (shown) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
