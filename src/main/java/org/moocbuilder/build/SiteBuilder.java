package org.moocbuilder.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.config.SiteConfigLoader;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.i18n.UiBundles;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.markdown.RenderedMarkdown;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.output.SiteWriter;
import org.moocbuilder.output.Sitemap;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.quiz.QuizExport;
import org.moocbuilder.quiz.QuizLoader;
import org.moocbuilder.render.SiteRenderer;
import org.moocbuilder.render.Theme;
import org.moocbuilder.source.ContentLoader;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.LocaleTranslation;

/**
 * Builds a course site. {@link #analyze} and {@link #build} are the table of contents of the
 * pipeline: read the settings, load the courses, the theme and UI strings, check the quizzes,
 * apply the translation bundles and count coverage; then render Markdown, render pages, write.
 * Every stage reports into one {@link Diagnostics}; nothing is written if any reported an error.
 */
public final class SiteBuilder {

    public BuildResult build(BuildRequest request) throws IOException {
        return build(request, page -> { });
    }

    /** Everything known about a site before its pages are drawn, for the build and for reports and exports. */
    public record Analysis(Diagnostics diagnostics, SiteConfig config, Site site, Theme theme, List<LocaleInfo> locales,
                           Map<String, Messages> messages, Map<String, LocaleTranslation> translations,
                           Map<String, CourseQuizzes> quizzes, List<Coverage.LocaleCoverage> coverage,
                           TranslationStage.SiteText texts) {
    }

    /**
     * Reads the site and applies its bundles, without drawing pages: settings, courses, theme,
     * UI strings, quizzes, segments and translations, coverage. Empty when a stage reported an error.
     */
    public Optional<Analysis> analyze(BuildRequest request, Diagnostics diagnostics) {
        Path project = request.projectDir().toAbsolutePath().normalize();
        SourceReader reader = new SourceReader(project);

        Optional<SiteConfig> config = new SiteConfigLoader(reader).load(request.contentDir().resolve("site.yml"), diagnostics);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        List<LocaleInfo> locales = locales(config.get(), request.onlyLocales(), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Site site = new ContentLoader(project.resolve("content"), reader).load(config.get(), diagnostics);
        Optional<Theme> theme = Theme.load(project.resolve("themes"), config.get().theme(), "themes", diagnostics);
        if (theme.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Map<String, Messages> messages = UiBundles.build(locales, themeBundles(theme.get(), locales),
                siteBundles(project, reader, locales, diagnostics), diagnostics);
        MarkdownRenderer sourceMarkdown = new MarkdownRenderer(messages.get(locales.get(0).tag()), config.get().allowRawHtml());
        Map<String, CourseQuizzes> quizzes = new QuizLoader(sourceMarkdown).load(site, diagnostics);
        TranslationStage.SiteText texts = TranslationStage.texts(site, sourceMarkdown);
        Map<String, LocaleTranslation> translations = new TranslationStage(project.resolve("locales"), reader)
                .translate(site, locales, texts, diagnostics);
        List<Coverage.LocaleCoverage> coverage = Coverage.of(site, locales, translations, messages,
                messages.get(locales.get(0).tag()).themeKeys());
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Analysis(diagnostics, config.get(), site, theme.get(), locales, messages, translations,
                quizzes, coverage, texts));
    }

    /** Builds, calling {@code pageDone} with each page's output path once it is rendered (for progress displays). */
    public BuildResult build(BuildRequest request, Consumer<String> pageDone) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Analysis> analyzed = analyze(request, diagnostics);
        if (analyzed.isEmpty()) {
            return BuildResult.failed(diagnostics);
        }
        Analysis a = analyzed.get();
        if (!request.write()) {
            return new BuildResult(diagnostics, tags(a.locales()), 0, false, a.coverage(), a);
        }
        Optional<Rendered> rendered = render(a, diagnostics, pageDone);
        if (rendered.isEmpty()) {
            return BuildResult.failed(diagnostics);
        }
        new SiteWriter(request.outputDir()).write(rendered.get().files());
        return new BuildResult(diagnostics, tags(a.locales()), rendered.get().pages(), true, a.coverage(), a);
    }

    /** Every file of the site, in memory, and how many of them are pages. */
    public record Rendered(List<OutputFile> files, int pages) {
    }

    /** Renders every file of an analysed site in memory: Markdown bodies, pages, exports, assets, sitemap. */
    public Optional<Rendered> render(Analysis a, Diagnostics diagnostics, Consumer<String> pageDone) {
        return render(a, diagnostics, pageDone, Scope.ALL);
    }

    /**
     * What a partial render covers: the bodies (language tag, source path) and pages (path under
     * the output folder) to redraw. Exports and the translation report are always redrawn.
     */
    public record Scope(BiPredicate<String, String> bodies, Predicate<String> pages) {
        public static final Scope ALL = new Scope((locale, source) -> true, page -> true);
    }

    /** Renders the part of an analysed site {@code scope} names, in memory (a live edit). */
    public Optional<Rendered> render(Analysis a, Diagnostics diagnostics, Consumer<String> pageDone, Scope scope) {
        Map<String, Map<String, RenderedMarkdown>> bodies = BodyStage.render(a.site(), a.locales(), a.messages(),
                a.translations(), diagnostics, scope.bodies());
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        SiteRenderer renderer = new SiteRenderer(a.site(), a.theme(), a.messages(), a.locales(), bodies, a.translations(),
                a.coverage(), a.quizzes());
        List<OutputFile> files = new ArrayList<>(renderer.render(diagnostics, pageDone,
                scope.pages().or(page -> page.equals("_reports/translation.html"))));
        int pages = files.size();
        for (LocaleInfo locale : a.locales()) {
            a.quizzes().values().stream().filter(q -> !q.isEmpty()).sorted(Comparator.comparing(CourseQuizzes::course))
                    .forEach(q -> files.add(QuizExport.of(q, locale, source(a.locales()),
                            text -> a.translations().get(locale.tag()).text(q.course(), text))));
        }
        a.theme().assets().forEach((name, bytes) -> files.add(OutputFile.of("assets/" + name, bytes)));
        for (LocaleInfo locale : a.locales()) {
            for (Course course : a.site().courses()) {
                LocaleTranslation translation = a.translations().get(locale.tag());
                course.assets().forEach(asset -> files.add(OutputFile.copy(locale.tag() + "/" + asset.outputPath(),
                        translation.fileOf(asset))));
            }
        }
        a.config().baseUrl().ifPresent(base -> files.add(Sitemap.of(base, tags(a.locales()), localPages(a.site()))));
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(new Rendered(files, pages));
    }

    private static LocaleInfo source(List<LocaleInfo> locales) {
        return locales.get(0);
    }

    private static List<String> tags(List<LocaleInfo> locales) {
        return locales.stream().map(LocaleInfo::tag).toList();
    }

    private static List<LocaleInfo> locales(SiteConfig config, List<String> only, Diagnostics diagnostics) {
        for (String tag : only) {
            if (!config.allLocales().contains(tag)) {
                diagnostics.error("CFG007", SourcePosition.ofFile(Diagnostic.COMMAND_LINE), "--locale " + tag
                        + " is not a language of this site", "declared languages: " + String.join(", ", config.allLocales()));
            }
        }
        return config.allLocales().stream()
                .filter(tag -> only.isEmpty() || only.contains(tag) || tag.equals(config.sourceLocale()))
                .map(LocaleInfo::of)
                .toList();
    }

    private static Map<String, List<UiBundles.BundleText>> themeBundles(Theme theme, List<LocaleInfo> locales) {
        Map<String, List<UiBundles.BundleText>> bundles = new TreeMap<>();
        bundles.put("en", theme.messages("en"));
        locales.forEach(locale -> bundles.put(locale.tag(), theme.messages(locale.tag())));
        return bundles;
    }

    private static Map<String, UiBundles.BundleText> siteBundles(Path project, SourceReader reader, List<LocaleInfo> locales,
                                                                Diagnostics diagnostics) {
        Map<String, UiBundles.BundleText> bundles = new TreeMap<>();
        for (LocaleInfo locale : locales) {
            Path file = project.resolve("locales").resolve(locale.tag()).resolve("ui.json");
            if (Files.isRegularFile(file)) {
                reader.read(file, diagnostics).ifPresent(source ->
                        bundles.put(locale.tag(), new UiBundles.BundleText(source.displayPath(), source.text())));
            }
        }
        return bundles;
    }

    private static List<String> localPages(Site site) {
        List<String> paths = new ArrayList<>(List.of("index.html"));
        for (Course course : site.courses()) {
            paths.add(course.outputPath());
            for (Module module : course.modules()) {
                paths.add(module.outputPath());
                module.lessons().forEach(l -> paths.add(l.outputPath()));
            }
        }
        return paths;
    }

}
