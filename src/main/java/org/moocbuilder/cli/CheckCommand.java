package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.moocbuilder.build.SiteCheck;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Reports;
import org.moocbuilder.diag.Severity;
import org.moocbuilder.diag.SourcePosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooc check}: everything that can be wrong with the course, in every language, before a release. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Builds the site into a scratch folder and checks it against its sources: links and #fragments,"
                + " accessibility, page weight, reading level (when course.yml sets readingLevel.maxGrade), translation"
                + " coverage (with --min-coverage) and web links (with --external). Findings name the lesson or bundle"
                + " line that produced them. site-out/ is not touched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may have been printed)", "1:errors found", "2:wrong command line, or no course",
                "70:internal error"})
public final class CheckCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    ProjectOptions.Locales only;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or sarif.")
    Format format;

    @Option(names = "--external", description = "Also check web links (bounded, cached in .mooc/link-cache.json).")
    boolean external;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time to wait for a web link to answer, with --external (default 10).")
    int timeout;

    @Option(names = "--min-coverage", paramLabel = "SPEC", converter = MinCoverage.Converter.class,
            description = "Report an error for a language with a smaller share of words translated: 95, or fr=100,zh=80.")
    MinCoverage minCoverage;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!project.holdsCourse("check", err)) {
            return ExitCodes.USAGE;
        }
        Path source = project.source;
        SiteCheck.Result result = new SiteCheck().run(source, new SiteCheck.Options(only.locales, external,
                Duration.ofSeconds(timeout), source.resolve(".mooc/link-cache.json")));
        List<Diagnostic> findings = new ArrayList<>(result.findings());
        if (minCoverage != null && result.built()) {
            List<String> unknown = minCoverage.unknownLocales(result.coverage());
            if (!unknown.isEmpty()) {
                err.println("mooc check: --min-coverage names " + String.join(", ", unknown)
                        + ", which this site does not translate into");
                return ExitCodes.USAGE;
            }
            for (String failure : minCoverage.failures(result.coverage())) {
                findings.add(new Diagnostic(Severity.ERROR, "COV001", SourcePosition.ofFile("locales/"), failure,
                        "translate the missing segments (mooc coverage --detail lists them by page)"));
            }
        }
        out.print(switch (format) {
            case json -> Reports.json(findings);
            case sarif -> Reports.sarif(findings, new MoocCommand.Version().getVersion()[0].replace("mooc ", ""));
            case text -> Reports.text(findings);
        });
        out.flush();
        boolean errors = findings.stream().anyMatch(Diagnostic::isError);
        if (!errors) {
            return ExitCodes.OK;
        }
        return result.built() ? ExitCodes.CONTENT_ERROR : ExitCodes.forErrors(findings);
    }
}
