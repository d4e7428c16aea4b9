package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.moocbuilder.build.CatalogExtractor;
import org.moocbuilder.config.LocaleCodes;
import org.moocbuilder.scaffold.Scaffolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooc new}: a course, module, lesson or language, numbered and ready to build. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates a course (with a first module and lesson), a module (with a first lesson), a lesson (with"
                + " the next number in its module), or a language: `mooc new locale fr` adds it to site.yml and creates"
                + " its bundles. Names become file names transliterated to Latin letters; existing files are never"
                + " overwritten."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "1:site.yml has errors (mooc new locale); nothing was changed",
                "2:wrong command line, an unknown language, the file exists, or a name or edit that is refused",
                "70:internal error"})
public final class NewCommand implements Callable<Integer> {

    /** What to create. */
    enum Kind { course, module, lesson, locale }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "KIND", description = "course, module, lesson or locale")
    Kind kind;

    @Parameters(index = "1", paramLabel = "NAME", description = "The title (or, for a locale, its BCP 47 code such as fr or pt-BR).")
    String name;

    @Option(names = "--course", paramLabel = "FOLDER", description = "The course folder, when content/ holds several.")
    String course;

    @Option(names = "--module", paramLabel = "FOLDER", description = "The module of a new lesson (default: the last one).")
    String module;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (kind != Kind.course && !project.holdsCourse("new", err)) {
            return ExitCodes.USAGE;
        }
        Scaffolder scaffold = new Scaffolder(project.source);
        Scaffolder.Outcome outcome;
        try {
            outcome = switch (kind) {
                case course -> scaffold.course(name);
                case module -> scaffold.module(name, Optional.ofNullable(course));
                case lesson -> scaffold.lesson(name, Optional.ofNullable(course), Optional.ofNullable(module));
                case locale -> {
                    if (!LocaleCodes.isKnown(name)) {
                        yield Scaffolder.Outcome.failed("`" + name + "` is not a language code ICU knows;"
                                + " use a BCP 47 tag such as fr, ar, zh or pt-BR");
                    }
                    yield scaffold.locale(name);
                }
            };
        } catch (IOException e) {
            outcome = Scaffolder.Outcome.failed(e.getMessage());
        }
        if (outcome.problem() != null) {
            outcome.errors().forEach(d -> err.println(d.format()));
            err.println("mooc new " + kind + ": " + outcome.problem());
            return outcome.errors().isEmpty() ? ExitCodes.USAGE : ExitCodes.CONTENT_ERROR;
        }
        outcome.created().forEach(file -> out.println("created " + file));
        outcome.updated().forEach(file -> out.println("updated " + file));
        if (kind == Kind.locale) {
            CatalogExtractor.Result bundles = new CatalogExtractor().extract(project.source, List.of(name));
            bundles.diagnostics().sorted().forEach(d -> err.println(d.format()));
            bundles.files().forEach(file -> out.println("created " + file.file()));
            out.println("Translate the bundles in locales/" + name + "/ with a PO editor such as Poedit (or export them as XLIFF with mooc export), then run mooc build.");
        }
        return ExitCodes.OK;
    }
}
