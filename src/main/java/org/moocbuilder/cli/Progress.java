package org.moocbuilder.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line page counter on the terminal for builds that take more than a second. Silent
 * when output is piped, in CI, or with --quiet, so logs stay clean.
 */
final class Progress implements AutoCloseable {

    private final AtomicInteger pages = new AtomicInteger();
    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private final long started = System.nanoTime();
    private volatile boolean shown;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.ticker = enabled ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mooc-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::show, 1000, 250, TimeUnit.MILLISECONDS);
        }
    }

    static Progress start(PrintWriter err, boolean quiet) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new Progress(err, terminal && !quiet);
    }

    void pageDone() {
        pages.incrementAndGet();
    }

    private void show() {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "\rRendering: %d pages (%.0f pages/s)", pages.get(), pages.get() / seconds);
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
