package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.moocbuilder.build.CatalogExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooc import}: translations returned as XLIFF, or found in older PO catalogs, into the PO bundles. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Merges the translations of XLIFF 1.2 or 2.0 files (as written by mooc export and returned by a"
                + " translation tool) into the PO bundles they came from. The file's target language must be one of"
                + " site.yml's locales and its original the file name of one of that language's bundles; a file that"
                + " fails a check, or is not XLIFF as written, changes nothing. An empty target never clears a"
                + " translation; units whose source is gone are kept as obsolete entries; suggestions (alt-trans,"
                + " matches) are never imported. With --compendium, untranslated entries are filled from PO catalogs"
                + " translators already have: exact matches as translated, near matches as fuzzy."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:a file or bundle has errors and was not imported", "2:wrong command line",
                "70:internal error"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "XLIFF files to import.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--compendium", paramLabel = "PO",
            description = "A PO catalog to fill untranslated entries from (repeatable; the first has priority).")
    List<Path> compendia = new ArrayList<>();

    @Option(names = "--locale", paramLabel = "L",
            description = "The language of the --compendium catalogs (default: their Language header); repeatable.")
    List<String> locales = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path source = project.source;
        if (!Files.isDirectory(source.resolve("locales"))) {
            err.println("mooc import: no locales/ folder in " + source.toAbsolutePath().normalize() + "/");
            err.println("  hint: run mooc extract first, or pass --source DIR");
            return ExitCodes.USAGE;
        }
        if (files.isEmpty() && compendia.isEmpty()) {
            err.println("mooc import: name XLIFF files to import, or a PO catalog with --compendium");
            return ExitCodes.USAGE;
        }
        int xliff = files.isEmpty() ? ExitCodes.OK
                : Outcomes.report(new CatalogExchange().importFiles(source, files), spec.commandLine().getOut(), err);
        int compendium = compendia.isEmpty() ? ExitCodes.OK : Outcomes.report(
                new CatalogExchange().importCompendia(source, compendia, locales), spec.commandLine().getOut(), err);
        return Math.max(xliff, compendium);
    }
}
