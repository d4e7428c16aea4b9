package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.moocbuilder.build.BuildRequest;
import org.moocbuilder.build.BuildResult;
import org.moocbuilder.build.SiteBuilder;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.CoverageFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooc coverage}: how much of the course each language has, from the bundles, without building pages. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Reports translation coverage per language, course, module and page: segments and words"
                + " translated, fuzzy and missing; whole-page adaptations and whether they are stale; interface strings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reported (and every language meets --min-coverage)", "1:a language is below --min-coverage,"
                + " or the course has errors", "2:wrong command line, or no course in the folder", "70:internal error"})
public final class CoverageCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    Format format;

    @Option(names = "--detail", description = "In the table, list every course, module and page under each language.")
    boolean detail;

    @Option(names = "--min-coverage", paramLabel = "SPEC", converter = MinCoverage.Converter.class,
            description = "Exit 1 when a language has a smaller share of words translated: 95 for every language,"
                    + " or fr=100,zh=80 per language.")
    MinCoverage minCoverage;

    @Mixin
    ProjectOptions.Locales only;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!project.holdsCourse("coverage", err)) {
            return ExitCodes.USAGE;
        }
        Path source = project.source;
        BuildResult result = new SiteBuilder().build(new BuildRequest(source, source.resolve("site-out"), only.locales, false));
        for (Diagnostic diagnostic : result.diagnostics().sorted()) {
            err.println(diagnostic.format());
        }
        if (result.diagnostics().hasErrors()) {
            return ExitCodes.forErrors(result.diagnostics().sorted());
        }
        List<Coverage.LocaleCoverage> coverage = result.coverage();
        out.print(format == Format.json ? CoverageFormats.json(coverage) : CoverageFormats.table(coverage, detail));
        out.flush();
        if (minCoverage != null) {
            List<String> unknown = minCoverage.unknownLocales(coverage);
            if (!unknown.isEmpty()) {
                err.println("mooc coverage: --min-coverage names " + String.join(", ", unknown)
                        + ", which this site does not translate into");
                err.println("  hint: use the codes of site.yml's locales: "
                        + String.join(", ", coverage.stream().map(Coverage.LocaleCoverage::locale).toList()));
                return ExitCodes.USAGE;
            }
            List<String> failures = minCoverage.failures(coverage);
            failures.forEach(failure -> err.println("mooc coverage: " + failure));
            if (!failures.isEmpty()) {
                return ExitCodes.CONTENT_ERROR;
            }
        }
        return ExitCodes.OK;
    }
}
