package org.moocbuilder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moocbuilder.build.AdaptationStarter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooc adapt}: starts a whole-page adaptation of a lesson or module page for one language. */
@Command(name = "adapt", mixinStandardHelpOptions = true,
        description = {"Starts a whole-page adaptation of a lesson or module page (content/.../lesson.md or module.md)"
                + " for one language, at locales/<lang>/pages/<same path>: the page as that language shows it today"
                + " (translated segments, the source text elsewhere, headings with their ids), with the source's"
                + " revision recorded. Rewrite it for your country; an existing file is never overwritten."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "1:the course has errors; nothing was created",
                "2:wrong command line, not a lesson or module page, a language the site does not have,"
                        + " or the adaptation exists", "70:internal error"})
public final class AdaptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "PAGE", description = "The lesson file or module.md to adapt, under content/"
            + " (from the current folder, or from --source).")
    Path page;

    @Option(names = "--locale", paramLabel = "L", required = true, description = "The language of the adaptation.")
    String locale;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!project.holdsCourse("adapt", err)) {
            return ExitCodes.USAGE;
        }
        // A relative path is taken from the current folder, or else from the project's (with --source).
        Path file = page.isAbsolute() || Files.exists(page) ? page : project.source.resolve(page);
        AdaptationStarter.Outcome outcome = new AdaptationStarter().start(project.source, file, locale);
        outcome.diagnostics().sorted().forEach(d -> err.println(d.format()));
        if (outcome.problem() != null) {
            err.println("mooc adapt: " + outcome.problem());
            return outcome.usage() ? ExitCodes.USAGE : ExitCodes.CONTENT_ERROR;
        }
        out.println("created " + outcome.created() + " (source revision " + outcome.revision() + ")");
        String left = outcome.translatedPercent() < 100 ? "the rest" + (outcome.hasQuizzes() ? ", and the texts in its quizzes," : "")
                + " are in the source language" : outcome.hasQuizzes() ? "the texts in its quizzes are in the source language" : "";
        out.println(String.format(Locale.ROOT, "%.1f%% of its words came translated from the bundle%s. Rewrite it for %s,"
                + " then run mooc build.", outcome.translatedPercent(), left.isEmpty() ? "" : "; " + left, locale));
        if (outcome.fuzzyLeftOut() > 0) {
            out.println(outcome.fuzzyLeftOut() + " fuzzy translation(s) of this page were left in the source language;"
                    + " their text is still in the " + locale + " bundle (kept as obsolete entries once mooc extract runs):"
                    + " copy what is right from there.");
        }
        return ExitCodes.OK;
    }
}
