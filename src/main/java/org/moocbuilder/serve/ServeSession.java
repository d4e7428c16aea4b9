package org.moocbuilder.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        ServeSession[] session = new ServeSession[1];
        // A rebuild waits for a quiet moment, so a burst of saves (an editor's, or a git checkout) is one rebuild.
        Watcher watcher = new Watcher(project, pollMillis, Math.max(150, 2 * pollMillis), changes -> session[0].rebuild(changes));
        session[0] = new ServeSession(site, server, watcher, log);
        session[0].rebuild(Set.of());
        return session[0];
    }

    public int port() {
        return server.port();
    }

    /** Rebuilds after changes and tells open pages; a failed rebuild keeps the last good site. */
    void rebuild(Set<Path> changes) {
        LiveSite.Update update = site.update(changes);
        report(update);
        server.broadcast(update);
    }

    private synchronized void report(LiveSite.Update update) {
        if (update.ok()) {
            log.printf(Locale.ROOT, "Rebuilt %s: %d pages in %d ms%n", update.scope(), update.pages(), update.millis());
            // The same warnings after every save would bury the one line that matters.
            if (!update.diagnostics().isEmpty() && update.diagnostics().equals(lastReported)) {
                log.printf(Locale.ROOT, "  %d warnings, the same as before%n", update.diagnostics().size());
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
