package org.moocbuilder.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.check.ReadingLevels;
import org.moocbuilder.check.Severities;
import org.moocbuilder.check.WebLinks;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.render.SiteRenderer;
import org.moocbuilder.translate.Coverage;

/**
 * {@code mooc check}: draws the site in memory (nothing is written, the real output is not
 * touched) and checks each page as it is drawn against its sources: links and fragments,
 * accessibility, page weight; then reading level and, when asked, web links. Findings point at
 * the lesson or bundle line that produced them, and the severity of each rule can be set in site.yml.
 */
public final class SiteCheck {

    /** What to check beyond the default, fast checks. */
    public record Options(List<String> locales, boolean external, Duration externalTimeout, Path cacheFile) {
        public Options {
            locales = List.copyOf(locales);
        }
    }

    /** The findings, and the coverage for callers that compare it with a minimum. */
    public record Result(List<Diagnostic> findings, List<Coverage.LocaleCoverage> coverage, boolean built) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Result run(Path projectDir, Options options) throws IOException {
        SiteBuilder builder = new SiteBuilder();
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteBuilder.Analysis> analyzed = builder.analyze(
                new BuildRequest(projectDir, projectDir.resolve("site-out"), options.locales()), diagnostics);
        if (analyzed.isEmpty()) {
            return new Result(diagnostics.sorted(), List.of(), false);
        }
        SiteBuilder.Analysis a = analyzed.get();
        SiteRenderer pages = builder.renderer(a, diagnostics);
        List<OutputFile> others = SiteBuilder.otherFiles(a);
        Diagnostics findings = new Diagnostics();
        CheckStage checks = CheckStage.start(a, pages.pagePaths(), others, findings);
        pages.render(page -> true, checks::page, page -> { }, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(diagnostics.sorted(), List.of(), false);
        }
        checks.finish();
        findings.sorted().forEach(diagnostics::report);
        ReadingLevels.check(a.site(), a.translations().texts().courses(), a.languages().locales(), a.translations().byLocale(),
                diagnostics);
        if (options.external()) {
            WebLinks.check(checks.checks().webLinks(), options.externalTimeout(), options.cacheFile(), diagnostics);
        }
        Map<String, String> severity = new HashMap<>(Severities.CHECK_DEFAULTS);
        severity.putAll(a.site().config().checks().severity());
        return new Result(Severities.apply(diagnostics.sorted(), severity), a.translations().coverage(), true);
    }
}
