package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moocbuilder.build.BuildRequest;
import org.moocbuilder.build.BuildResult;
import org.moocbuilder.build.SiteBuilder;
import org.moocbuilder.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mooc build}: content, locales and theme to a static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the course site into the output folder.",
                "The site is written beside the output folder and swapped in only when the build succeeds,"
                        + " so a failed build leaves the previous site as it was."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built (warnings may have been printed)", "1:the course has errors; nothing was written",
                "2:wrong command line, or no course in the folder", "70:internal error"})
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Folder holding content/, locales/ and themes/ (default: the current folder).")
    Path source;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: site-out inside the source folder).")
    Path out;

    @Option(names = "--locale", paramLabel = "L",
            description = "Build only this language (repeatable); the source language is always built.")
    List<String> locales = new ArrayList<>();

    @Option(names = "--quiet", description = "Print only warnings and errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(source.resolve("content"))) {
            err.println("mooc build: no content/ folder in " + displayed(source));
            err.println("  hint: run mooc in a folder that holds a course, or pass --source DIR");
            return ExitCodes.USAGE;
        }
        Path output = out != null ? out : source.resolve("site-out");
        long started = System.nanoTime();
        BuildResult result;
        try (Progress progress = Progress.start(err, quiet)) {
            result = new SiteBuilder().build(new BuildRequest(source, output, locales), progress::pageDone);
        }
        for (Diagnostic diagnostic : result.diagnostics().sorted()) {
            err.println(diagnostic.format());
        }
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        if (!result.written()) {
            err.printf(Locale.ROOT, "Build failed: %d error(s), %d warning(s); %s was left as it was.%n",
                    errors, warnings, displayed(output));
            return ExitCodes.CONTENT_ERROR;
        }
        if (!quiet) {
            stdout.printf(Locale.ROOT, "Built %d page(s) in %d language(s) (%s) into %s in %.1f s; %d warning(s).%n",
                    result.pages(), result.locales().size(), String.join(", ", result.locales()), displayed(output),
                    (System.nanoTime() - started) / 1e9, warnings);
        }
        return ExitCodes.OK;
    }

    private static String displayed(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute) : absolute) + "/";
    }
}
