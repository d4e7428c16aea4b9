package org.moocbuilder.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code mooc} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = MoocCommand.forArguments(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, debug, err));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Errors are not exceptions: picocli lets them through, and the JVM would print a trace and exit 1,
            // the code that means "the course has errors".
            err.println("mooc: out of memory: " + e.getMessage());
            err.println("  hint: give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx2g, and report the site's size if it is"
                    + " not very large");
            err.flush();
            return ExitCodes.INTERNAL;
        } catch (Error e) {
            return internalError(e, debug, err);
        }
    }

    /** A bug or a failure of the machine: one line and a hint, the stack trace only with --debug. */
    private static int internalError(Throwable e, boolean debug, PrintWriter err) {
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("mooc: internal error: " + e);
            err.println("  hint: run again with --debug for the stack trace, and report it as a bug");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
