package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.moocbuilder.build.CatalogExtractor;
import org.moocbuilder.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooc extract}: source text into every language's PO bundles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Creates or updates the translation bundles (locales/<lang>/<course>.po and site.po).",
                "New text is added empty; changed text keeps its old translation marked fuzzy with the old source;"
                        + " removed text is kept as obsolete entries. Nothing a translator wrote is dropped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:bundles are up to date", "1:the course or a bundle has errors; those bundles were not touched",
                "2:wrong command line, or no course in the folder", "70:internal error"})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    ProjectOptions.Locales only;

    @Option(names = "--quiet", description = "Print only warnings and errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!project.holdsCourse("extract", err)) {
            return ExitCodes.USAGE;
        }
        Path source = project.source;
        CatalogExtractor.Result result = new CatalogExtractor().extract(source, only.locales);
        for (Diagnostic diagnostic : result.diagnostics().sorted()) {
            err.println(diagnostic.format());
        }
        if (!quiet) {
            for (CatalogExtractor.FileReport file : result.files()) {
                out.printf("%s: %s (%s; %d new, %d fuzzy, %d obsolete, %d revived)%n", file.file(),
                        !file.written() ? "unchanged" : file.created() ? "created" : "updated",
                        file.entries() == 1 ? "1 entry" : file.entries() + " entries", file.added(), file.fuzzied(),
                        file.obsoleted(), file.revived());
            }
            for (CatalogExtractor.AdaptationReport adaptation : result.adaptations()) {
                out.printf("%s: %s%n", adaptation.file(), adaptation.stale()
                        ? (adaptation.translates().isBlank() ? "records no source revision" : "stale: translates " + adaptation.translates())
                                + ", " + adaptation.lesson() + " is now "
                                + adaptation.current() + " (set `source: \"" + adaptation.current() + "\"` once updated)"
                        : "up to date with " + adaptation.lesson() + " (" + adaptation.current() + ")");
            }
        }
        return result.diagnostics().hasErrors() ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }
}
