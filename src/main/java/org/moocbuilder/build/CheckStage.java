package org.moocbuilder.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moocbuilder.check.PageChecks;
import org.moocbuilder.check.Severities;
import org.moocbuilder.check.SiteFiles;
import org.moocbuilder.config.CheckSettings;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.markdown.LinkIndex;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.translate.Adaptation;
import org.moocbuilder.translate.LocaleTranslation;

/**
 * The check stage between drawing and writing: the sources' links are checked before the first
 * page, each page as it streams past, and what needs every page at the end. Its findings are
 * the build's check summary (and part of {@code mooc check}); they never stop a build.
 */
final class CheckStage {

    private final PageChecks checks;
    private final Diagnostics findings;

    private CheckStage(PageChecks checks, Diagnostics findings) {
        this.checks = checks;
        this.findings = findings;
    }

    /**
     * @param pages  the path of every page the site will have
     * @param others every file of the site that is not a page
     */
    static CheckStage start(SiteBuilder.Analysis a, List<String> pages, List<OutputFile> others, Diagnostics findings) {
        Set<String> paths = new HashSet<>(pages);
        Map<String, OutputFile> byPath = new HashMap<>();
        for (OutputFile file : others) {
            paths.add(file.path());
            byPath.put(file.path(), file);
        }
        SiteFiles site = new SiteFiles(paths, a.languages().locales().stream().map(LocaleInfo::tag).toList(),
                path -> byPath.containsKey(path) ? byPath.get(path).content() : null);
        CheckSettings settings = a.site().config().checks();
        PageChecks checks = new PageChecks(site, sources(a), MarkdownRenderer.forReading(a.site().config().allowRawHtml()),
                LinkIndex.of(a.site()), new PageChecks.Budgets(settings.pageBudgetKb(), settings.localeBudgetKb()));
        checks.sources(sourcePages(a), findings);
        return new CheckStage(checks, findings);
    }

    /** Checks a drawn file on its way to the disk, if it is a page. Safe from many threads. */
    void page(OutputFile file) {
        if (file.path().endsWith(".html") && file.bytes() != null) {
            checks.page(file.path(), file.bytes(), findings);
        }
    }

    void finish() {
        checks.finish(findings);
    }

    PageChecks checks() {
        return checks;
    }

    /** The findings with site.yml's {@code checks.severity} applied. */
    List<Diagnostic> findings(Map<String, String> severity) {
        return Severities.apply(findings.sorted(), severity);
    }

    /** The source file behind each page, where findings about the page are reported: a language's adaptation, if any. */
    private static Map<String, String> sources(SiteBuilder.Analysis a) {
        Map<String, String> sources = new HashMap<>();
        for (Course course : a.site().courses()) {
            for (LocaleInfo locale : a.languages().locales()) {
                LocaleTranslation translation = a.translations().of(locale);
                sources.put(locale.tag() + "/" + course.outputPath(), course.config().fields().file());
                for (Module module : course.modules()) {
                    sources.put(locale.tag() + "/" + module.outputPath(), fileOf(module.intro(), translation));
                    module.lessons().forEach(l -> sources.put(locale.tag() + "/" + l.outputPath(), fileOf(l.body(), translation)));
                }
            }
        }
        return sources;
    }

    private static String fileOf(MarkdownSource source, LocaleTranslation translation) {
        return translation.adaptation(source.sitePath()).map(Adaptation::file).orElse(source.file());
    }

    /**
     * Every module and lesson text with the languages that show it: the source's in the languages
     * that do not adapt it, each adaptation in its own (read from its file when checked).
     */
    private static List<PageChecks.SourcePage> sourcePages(SiteBuilder.Analysis a) {
        List<PageChecks.SourcePage> pages = new ArrayList<>();
        for (Course course : a.site().courses()) {
            for (Module module : course.modules()) {
                add(pages, module.intro(), module.outputPath(), a);
                for (Lesson lesson : module.lessons()) {
                    add(pages, lesson.body(), lesson.outputPath(), a);
                }
            }
        }
        return pages;
    }

    private static void add(List<PageChecks.SourcePage> pages, MarkdownSource source, String outputPath,
                            SiteBuilder.Analysis a) {
        List<String> shown = new ArrayList<>();
        for (LocaleInfo locale : a.languages().locales()) {
            Optional<Adaptation> adaptation = a.translations().of(locale).adaptation(source.sitePath());
            if (adaptation.isPresent()) {
                pages.add(new PageChecks.SourcePage(adaptation.get()::body, outputPath, List.of(locale.tag())));
            } else {
                shown.add(locale.tag());
            }
        }
        if (!shown.isEmpty()) {
            pages.add(new PageChecks.SourcePage(() -> source, outputPath, shown));
        }
    }
}
