package org.moocbuilder.cli;

import java.io.PrintWriter;
import org.moocbuilder.build.CatalogExchange;

/** Prints what an exchange command did and turns it into an exit code. */
final class Outcomes {

    private Outcomes() {
    }

    static int report(CatalogExchange.Outcome outcome, PrintWriter out, PrintWriter err) {
        outcome.diagnostics().sorted().forEach(d -> err.println(d.format()));
        outcome.lines().forEach(out::println);
        return outcome.diagnostics().hasErrors() ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }
}
