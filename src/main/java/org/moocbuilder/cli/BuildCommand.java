package org.moocbuilder.cli;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.moocbuilder.build.BuildRequest;
import org.moocbuilder.build.BuildResult;
import org.moocbuilder.build.SiteBuilder;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.i18n.Formats;
import org.moocbuilder.translate.AssetPlacement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooc build}: content, locales and theme to a static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the course site into the output folder.",
                "The site is written beside the output folder and swapped in only when the build succeeds,"
                        + " so a failed build leaves the previous site as it was."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built (warnings may have been printed)", "1:the course has errors; nothing was written",
                "2:wrong command line, no course in the folder, or an output folder that may not be replaced",
                "70:internal error, or the site could not be written"})
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: site-out inside the source folder).")
    Path out;

    @Mixin
    ProjectOptions.Locales only;

    @Option(names = "--quiet", description = "Print only warnings and errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!project.holdsCourse("build", err)) {
            return ExitCodes.USAGE;
        }
        Path source = project.source;
        Path output = out != null ? out : source.resolve("site-out");
        Optional<OutputGuard.Refusal> refusal = OutputGuard.refusal(source, output);
        if (refusal.isPresent()) {
            err.println("mooc build: " + refusal.get().message());
            err.println("  hint: " + refusal.get().hint());
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        BuildResult result;
        try (Progress progress = Progress.start(err, quiet)) {
            result = new SiteBuilder().build(new BuildRequest(source, output, only.locales).checked(!quiet),
                    progress::pageDone);
        } catch (IOException e) {
            err.println("mooc build: cannot write the site to " + displayed(output) + ": " + e.getMessage());
            err.println("  hint: check free disk space and that the folder is writable; " + displayed(output)
                    + " was left as it was");
            return ExitCodes.INTERNAL;
        }
        for (Diagnostic diagnostic : result.diagnostics().sorted()) {
            err.println(diagnostic.format());
        }
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        if (!result.written()) {
            err.println(english("Build failed: {errors, plural, one {# error} other {# errors}}, "
                    + "{warnings, plural, one {# warning} other {# warnings}}; {out} was left as it was.",
                    Map.of("errors", errors, "warnings", warnings, "out", displayed(output))));
            return ExitCodes.forErrors(result.diagnostics().sorted());
        }
        if (!quiet) {
            stdout.println(english("Built {pages, plural, one {# page} other {# pages}} in "
                    + "{languages, plural, one {# language} other {# languages}} ({list}) into {out} in {seconds} s; "
                    + "{warnings, plural, one {# warning} other {# warnings}}.",
                    Map.of("pages", result.pages(), "languages", result.locales().size(),
                            "list", String.join(", ", result.locales()), "out", displayed(output),
                            "seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                            "warnings", warnings)));
            List<Diagnostic> checks = result.checks();
            long checkErrors = checks.stream().filter(Diagnostic::isError).count();
            stdout.println(english("Checks: {errors, plural, one {# error} other {# errors}}, "
                    + "{warnings, plural, one {# warning} other {# warnings}}{detail}.", Map.of("errors", checkErrors,
                    "warnings", checks.size() - checkErrors, "detail", checks.isEmpty() ? "" : " (mooc check lists them)")));
            AssetPlacement.Saving saving = result.analysis().assets().saving();
            if (saving.sharedFiles() > 0) {
                stdout.println(english("Course files shared by the languages: {files, plural, one {# file} other {# files}}"
                        + " stored once, {saved} less than a copy per language.", Map.of("files", saving.sharedFiles(),
                        "saved", Formats.fileSize(ULocale.ENGLISH, saving.savedBytes()))));
            }
            if (!result.coverage().isEmpty()) {
                stdout.println("Translated (share of words): " + result.coverage().stream()
                        .map(c -> String.format(Locale.ROOT, "%s %.1f%%", c.locale(), c.count().percent()))
                        .collect(Collectors.joining(", "))
                        + "; details: " + displayed(output) + "_reports/translation.html or mooc coverage");
            }
        }
        return ExitCodes.OK;
    }

    private static String english(String pattern, Map<String, Object> arguments) {
        return new MessageFormat(pattern, ULocale.ENGLISH).format(arguments);
    }

    private static String displayed(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute) : absolute) + "/";
    }
}
