package org.moocbuilder.build;

import java.util.List;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.translate.Coverage;

/**
 * What a build did: its findings, what it wrote when it succeeded, what it knew about the site
 * (null when it failed early), and what the checks of its pages found (for its summary; they
 * never stop a build).
 */
public record BuildResult(Diagnostics diagnostics, List<String> locales, int pages, boolean written,
                          List<Coverage.LocaleCoverage> coverage, SiteBuilder.Analysis analysis,
                          List<Diagnostic> checks) {

    public BuildResult {
        locales = List.copyOf(locales);
        coverage = List.copyOf(coverage);
        checks = List.copyOf(checks);
    }

    /** A site read and translated, not drawn (a request not to write). */
    static BuildResult analyzed(Diagnostics diagnostics, SiteBuilder.Analysis analysis) {
        return new BuildResult(diagnostics, analysis.languages().tags(), 0, false,
                analysis.translations().coverage(), analysis, List.of());
    }

    /** A site written: {@code pages} pages, and what their checks found. */
    static BuildResult written(Diagnostics diagnostics, SiteBuilder.Analysis analysis, int pages,
                               List<Diagnostic> checks) {
        return new BuildResult(diagnostics, analysis.languages().tags(), pages, true,
                analysis.translations().coverage(), analysis, checks);
    }

    public static BuildResult failed(Diagnostics diagnostics) {
        return new BuildResult(diagnostics, List.of(), 0, false, List.of(), null, List.of());
    }
}
