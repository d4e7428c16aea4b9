package org.moocbuilder.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.moocbuilder.diag.Diagnostic;

/**
 * {@code mooc serve} as one object: build in memory, serve, watch, rebuild, tell the browser.
 * The command runs it until interrupted; tests start and close it.
 */
public final class ServeSession implements AutoCloseable {

    private final LiveSite site;
    private final DevServer server;
    private final Watcher watcher;
    private final PrintWriter log;
    private List<Diagnostic> lastReported = List.of();

    private ServeSession(LiveSite site, DevServer server, Watcher watcher, PrintWriter log) {
        this.site = site;
        this.server = server;
        this.watcher = watcher;
        this.log = log;
    }

    /**
     * Takes the port first (so a second server fails at once, not after a build), then builds,
     * serves and watches; throws BindException when the port is taken.
     */
    public static ServeSession start(Path project, int port, long pollMillis, PrintWriter log) throws Exception {
        LiveSite site = new LiveSite(project);
        DevServer server = DevServer.start(site, port);
        AtomicReference<ServeSession> session = new AtomicReference<>();
        // A rebuild waits for a quiet moment, so a burst of saves (an editor's, or a git checkout) is one rebuild.
        // Saves seen before the first build need nothing: that build reads every file.
        Watcher watcher = new Watcher(project, pollMillis, Math.max(150, 2 * pollMillis), changes -> {
            ServeSession started = session.get();
            if (started != null) {
                started.rebuild(changes);
            }
        });
        session.set(new ServeSession(site, server, watcher, log));
        session.get().rebuild(Set.of());
        return session.get();
    }

    public int port() {
        return server.port();
    }

    /**
     * Rebuilds after changes and tells open pages; a failed rebuild keeps the last good site. One
     * at a time, so the log and the browser's events follow the order of the builds. An internal
     * error is logged rather than thrown: thrown, it would end the watcher thread and with it
     * every later rebuild.
     */
    synchronized void rebuild(Set<Path> changes) {
        try {
            LiveSite.Update update = site.update(changes);
            report(update);
            server.broadcast(update);
        } catch (RuntimeException e) {
            log.println("mooc serve: internal error while rebuilding (" + e + "); the last good site is still served."
                    + " Save again to retry; please report this with the file you changed.");
            log.flush();
        }
    }

    private void report(LiveSite.Update update) {
        if (update.ok()) {
            log.printf(Locale.ROOT, "Rebuilt %s: %d pages in %d ms%n", update.scope(), update.pages(), update.millis());
            // The same warnings after every save would bury the one line that matters.
            if (!update.diagnostics().isEmpty() && update.diagnostics().equals(lastReported)) {
                int count = update.diagnostics().size();
                log.printf(Locale.ROOT, "  %d %s, the same as before%n", count, count == 1 ? "warning" : "warnings");
            } else {
                update.diagnostics().forEach(d -> log.println(d.format()));
            }
            lastReported = update.diagnostics();
        } else {
            update.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> log.println(d.format()));
            log.println("Not rebuilt: fix the error above and save; the last good site is still served.");
        }
        log.flush();
    }

    @Override
    public void close() throws Exception {
        watcher.close();
        server.close();
    }
}
