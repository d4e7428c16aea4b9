package org.moocbuilder.cli;

import java.util.List;
import org.moocbuilder.diag.Diagnostic;

/** The CLI's exit codes; part of its contract, so each value is fixed here and never derived. */
public final class ExitCodes {

    /** Success; warnings may have been printed. */
    public static final int OK = 0;
    /** The course has errors (content, translations, theme); nothing was written. */
    public static final int CONTENT_ERROR = 1;
    /** The command line was wrong, or points at a folder that holds no course. */
    public static final int USAGE = 2;
    /** A bug in MOOC Builder or a failure of the machine (disk full, permissions). */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /** For a run that found errors: USAGE when they are all about the command line, else CONTENT_ERROR. */
    static int forErrors(List<Diagnostic> findings) {
        boolean commandLineOnly = findings.stream().filter(Diagnostic::isError)
                .allMatch(d -> d.position().file().equals(Diagnostic.COMMAND_LINE));
        return commandLineOnly ? USAGE : CONTENT_ERROR;
    }
}
