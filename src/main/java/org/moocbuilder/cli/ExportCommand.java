package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.moocbuilder.build.CatalogExchange;
import org.moocbuilder.build.LmsExport;
import org.moocbuilder.translate.xliff.XliffVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooc export}: the translation bundles in an interchange format for CAT tools and agencies. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every language's bundles as XLIFF (<out>/<lang>/<bundle>.xlf) for translation tools"
                + " and agencies (mooc import reads them back), or every language's quizzes as Moodle GIFT"
                + " (<out>/<lang>/<course>.gift), or each course in each language as a SCORM 1.2 package for a learning"
                + " management system (<out>/<lang>/<course>.zip)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:a bundle has errors and was not exported", "2:wrong command line", "70:internal error"})
public final class ExportCommand implements Callable<Integer> {

    /** The formats we export. */
    enum Format { xliff, gift, scorm }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "xliff (the translation bundles), gift (the quizzes, for Moodle) or scorm (each course as a"
                    + " SCORM 1.2 package, for Moodle and other LMSs).")
    Format format;

    @Option(names = "--xliff-version", paramLabel = "V", defaultValue = "1.2",
            description = "1.2 (default; read by Weblate, Crowdin, OmegaT) or 2.0.")
    String version;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write (default: export/xliff, export/gift or export/scorm in the source folder).")
    Path out;

    @Mixin
    ProjectOptions.Locales only;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!project.holdsCourse("export", err)) {
            return ExitCodes.USAGE;
        }
        Path source = project.source;
        XliffVersion xliff = switch (version) {
            case "1.2" -> XliffVersion.V1_2;
            case "2.0", "2" -> XliffVersion.V2_0;
            default -> null;
        };
        if (xliff == null) {
            err.println("mooc export: --xliff-version must be 1.2 or 2.0, not " + version);
            return ExitCodes.USAGE;
        }
        Path target = out != null ? out : source.resolve("export/" + format.name());
        CatalogExchange.Outcome outcome = switch (format) {
            case gift -> new CatalogExchange().exportGift(source, target, only.locales);
            case scorm -> new LmsExport().exportScorm(source, target, only.locales);
            case xliff -> new CatalogExchange().export(source, target, xliff, only.locales);
        };
        return Outcomes.report(outcome, spec.commandLine().getOut(), err);
    }
}
