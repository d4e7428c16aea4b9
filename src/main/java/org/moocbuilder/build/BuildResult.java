package org.moocbuilder.build;

import java.util.List;
import org.moocbuilder.diag.Diagnostics;

/** What a build did: its findings, and what it wrote when it succeeded. */
public record BuildResult(Diagnostics diagnostics, List<String> locales, int pages, boolean written) {

    public BuildResult {
        locales = List.copyOf(locales);
    }

    public static BuildResult failed(Diagnostics diagnostics) {
        return new BuildResult(diagnostics, List.of(), 0, false);
    }
}
