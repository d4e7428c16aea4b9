package org.moocbuilder.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.moocbuilder.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooc serve}: the site on 127.0.0.1, rebuilt on each save, pages reloading by themselves. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site in memory and serves it on http://127.0.0.1:PORT/. Watches content/, locales/ and"
                + " themes/; a save rebuilds what it changed (an edited lesson in every language, a language's pages"
                + " after a bundle edit) and open pages reload. Errors show in the terminal and over the page; the"
                + " server keeps running and the last good site stays served. site-out/ is not touched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:wrong command line, no course, or the port is in use", "70:internal error"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000", description = "Port on 127.0.0.1 (default 8000).")
    int port;

    @Option(names = "--poll", paramLabel = "MS", defaultValue = "200", description = "How often to look for changes (default 200 ms).")
    long poll;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!project.holdsCourse("serve", err)) {
            return ExitCodes.USAGE;
        }
        ServeSession session;
        try {
            session = ServeSession.start(project.source, port, poll, out);
        } catch (BindException e) {
            err.println("mooc serve: port " + port + " is in use on 127.0.0.1");
            err.println("  hint: stop the other server, or pass another port: mooc serve --port " + (port + 1));
            return ExitCodes.USAGE;
        }
        out.println("Serving http://127.0.0.1:" + session.port() + "/ ; watching content/, locales/ and themes/."
                + " Press Ctrl+C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                session.close();
            } catch (Exception e) {
                // The process is ending; nothing is left to clean up.
            }
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
