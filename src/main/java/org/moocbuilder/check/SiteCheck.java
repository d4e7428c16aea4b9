package org.moocbuilder.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import org.moocbuilder.build.BuildRequest;
import org.moocbuilder.build.BuildResult;
import org.moocbuilder.build.SiteBuilder;
import org.moocbuilder.config.CheckSettings;
import org.moocbuilder.config.ReadingTarget;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.Severity;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.markdown.LinkIndex;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.PageText;

/**
 * {@code mooc check}: builds the site into a scratch folder (the real output is not touched),
 * then checks it against its sources: links and fragments, accessibility, page weight, reading
 * level and, when asked, translation coverage and web links. Findings point at the lesson or
 * bundle line that produced them, and the severity of each rule can be set in site.yml.
 */
public final class SiteCheck {

    /** A release check is stricter than a build: a link that leads nowhere is an error, not a warning. */
    static final Map<String, String> CHECK_DEFAULTS = Map.of("LINK001", "error", "LINK002", "error", "LINK003", "error");

    /**
     * The fast checks on a site just built (pages, source links, weight), for the build's
     * one-line summary; no reading level, coverage or web links.
     */
    public static List<Diagnostic> quick(BuildResult build, Path output) {
        Diagnostics diagnostics = new Diagnostics();
        if (build.analysis() == null || !build.written()) {
            return List.of();
        }
        try {
            check(build.analysis(), new BuiltSite(output, build.locales()), new Options(List.of(), false, Duration.ZERO, null),
                    diagnostics, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return applySeverity(diagnostics.sorted(), build.analysis().config().checks().severity());
    }

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
        Path scratch = Files.createTempDirectory("mooc-check-");
        try {
            BuildResult build = new SiteBuilder().build(new BuildRequest(projectDir, scratch.resolve("site"), options.locales()));
            Diagnostics diagnostics = new Diagnostics();
            build.diagnostics().sorted().forEach(diagnostics::report);
            if (!build.written()) {
                return new Result(diagnostics.sorted(), build.coverage(), false);
            }
            SiteBuilder.Analysis analysis = build.analysis();
            check(analysis, new BuiltSite(scratch.resolve("site"), build.locales()), options, diagnostics);
            Map<String, String> severity = new HashMap<>(CHECK_DEFAULTS);
            severity.putAll(analysis.config().checks().severity());
            return new Result(applySeverity(diagnostics.sorted(), severity), build.coverage(), true);
        } finally {
            PathUtils.deleteDirectory(scratch);
        }
    }

    private static void check(SiteBuilder.Analysis analysis, BuiltSite site, Options options, Diagnostics diagnostics)
            throws IOException {
        check(analysis, site, options, diagnostics, true);
    }

    private static void check(SiteBuilder.Analysis analysis, BuiltSite site, Options options, Diagnostics diagnostics,
                              boolean full) throws IOException {
        String source = analysis.locales().get(0).tag();
        Map<String, String> sources = new HashMap<>();
        for (Course course : analysis.site().courses()) {
            for (LocaleInfo locale : analysis.locales()) {
                sources.put(locale.tag() + "/" + course.outputPath(), course.config().fields().file());
                for (Module module : course.modules()) {
                    sources.put(locale.tag() + "/" + module.outputPath(), module.intro().file());
                    module.lessons().forEach(l -> sources.put(locale.tag() + "/" + l.outputPath(), l.body().file()));
                }
            }
        }
        SourceLinkCheck links = new SourceLinkCheck(MarkdownRenderer.forReading(analysis.config().allowRawHtml()),
                LinkIndex.of(analysis.site()), site);
        for (Course course : analysis.site().courses()) {
            for (Module module : course.modules()) {
                links.check(module.intro(), module.outputPath(), diagnostics);
                for (Lesson lesson : module.lessons()) {
                    links.check(lesson.body(), lesson.outputPath(), diagnostics);
                }
            }
        }
        PageCheck pages = new PageCheck(site, sources, source, links.reportedBySource());
        site.pages().forEach((path, page) -> pages.check(path, page, diagnostics));
        CheckSettings settings = analysis.config().checks();
        WeightCheck.check(site, pages, settings.pageBudgetKb(), settings.localeBudgetKb(), diagnostics);
        if (full) {
            readingLevel(analysis, diagnostics);
        }
        if (options.external()) {
            new ExternalLinkCheck(new ExternalLinkCheck.Settings(8, 2, options.externalTimeout(), 2,
                    Duration.ofMillis(500), Duration.ofDays(7), options.cacheFile()), Clock.systemUTC())
                    .check(links.webLinks(), diagnostics);
        }
    }

    private static void readingLevel(SiteBuilder.Analysis analysis, Diagnostics diagnostics) {
        for (Course course : analysis.site().courses()) {
            if (course.config().readingLevel().equals(ReadingTarget.NONE)) {
                continue;
            }
            Map<String, PageText> texts = new HashMap<>();
            analysis.texts().courses().get(course.slug()).forEach(t -> texts.put(t.outputPath(), t));
            for (LocaleInfo locale : analysis.locales()) {
                Optional<Integer> maxGrade = course.config().readingLevel().forLocale(locale.tag());
                if (maxGrade.isEmpty()) {
                    continue;
                }
                boolean isSource = locale.equals(analysis.locales().get(0));
                for (Lesson lesson : course.lessons()) {
                    if (!isSource && analysis.translations().get(locale.tag()).adaptation(lesson.body().sitePath()).isPresent()) {
                        continue;
                    }
                    PageText page = texts.get(lesson.outputPath());
                    ReadingLevelCheck.measure(page, locale, isSource, analysis.translations().get(locale.tag()), course.slug())
                            .ifPresent(result -> ReadingLevelCheck.report(result, maxGrade.get(), locale.tag(),
                                    lesson.outputPath(), page.bodySegments().isEmpty()
                                            ? SourcePosition.ofFile(lesson.body().file())
                                            : page.bodySegments().get(0).at(), diagnostics));
                }
            }
        }
    }

    /** Applies site.yml's {@code checks.severity}: a rule may be raised to error, lowered to warning, or turned off. */
    static List<Diagnostic> applySeverity(List<Diagnostic> findings, Map<String, String> severity) {
        List<Diagnostic> result = new ArrayList<>();
        for (Diagnostic finding : findings) {
            String level = severity.get(finding.code());
            if ("off".equals(level)) {
                continue;
            }
            Severity set = "error".equals(level) ? Severity.ERROR : "warning".equals(level) ? Severity.WARNING : finding.severity();
            result.add(new Diagnostic(set, finding.code(), finding.position(), finding.message(), finding.hint()));
        }
        return List.copyOf(result);
    }
}
