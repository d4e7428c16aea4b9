package org.moocbuilder.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.content.Site;
import org.moocbuilder.content.SitePath;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.Formats;
import org.moocbuilder.i18n.Languages;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.i18n.ParentLocales;
import org.moocbuilder.i18n.UiBundles;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.offline.OfflinePackages;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.output.Sitemap;
import org.moocbuilder.output.StagedSite;
import org.moocbuilder.parallel.SideTask;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.quiz.QuizExport;
import org.moocbuilder.quiz.QuizLoader;
import org.moocbuilder.render.SiteRenderer;
import org.moocbuilder.render.Theme;
import org.moocbuilder.render.Views;
import org.moocbuilder.source.ContentLoader;
import org.moocbuilder.source.SiteConfigLoader;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.AdaptedQuizzes;
import org.moocbuilder.translate.AssetPlacement;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.SiteText;
import org.moocbuilder.translate.SiteTranslations;

/**
 * Builds a course site. {@link #analyze} and {@link #build} are the table of contents of the
 * pipeline: read the settings, load the courses, the theme and UI strings, check the quizzes,
 * apply the translation bundles and count coverage; then draw, check and write page by page.
 * Every stage reports into one {@link Diagnostics}; nothing is written if any reported an error.
 */
public final class SiteBuilder {

    public BuildResult build(BuildRequest request) throws IOException {
        return build(request, page -> { });
    }

    /**
     * Everything known about a site before its pages are drawn: read once and held for the run,
     * by the build, the checks, the reports and the exports.
     */
    public record Analysis(Site site, Theme theme, Languages languages, Map<String, CourseQuizzes> quizzes,
                           SiteTranslations translations) {
        public Analysis {
            quizzes = Map.copyOf(quizzes);
        }

        /** Where each course file is published: once for the languages that share it, apart where a language has its own. */
        public AssetPlacement assets() {
            return new AssetPlacement(site, languages.locales(), translations);
        }
    }

    /**
     * Reads the site and applies its bundles, without drawing pages: settings, courses, theme,
     * UI strings, quizzes, segments and translations, coverage. Empty when a stage reported an error.
     */
    public Optional<Analysis> analyze(BuildRequest request, Diagnostics diagnostics) {
        return analyze(request, diagnostics, null);
    }

    /**
     * The same, with the theme of an earlier analysis when neither the theme's files nor the
     * settings changed since (a live edit of a lesson): compiling the templates again is a tenth
     * of a live rebuild.
     */
    public Optional<Analysis> analyze(BuildRequest request, Diagnostics diagnostics, Theme unchangedTheme) {
        return analyze(request, diagnostics, unchangedTheme, Memo.none());
    }

    /**
     * The same, keeping in {@code memo} what pure steps found (catalogs, segments, quizzes, UI
     * strings, translation checks): a live session passes one memo to every rebuild, so only what
     * an edit changed is parsed again.
     */
    public Optional<Analysis> analyze(BuildRequest request, Diagnostics diagnostics, Theme unchangedTheme, Memo memo) {
        Path project = request.projectDir().toAbsolutePath().normalize();
        SourceReader reader = new SourceReader(project);

        Optional<SiteConfig> config = new SiteConfigLoader(reader).load(request.contentDir().resolve("site.yml"), diagnostics);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        checkOnlyLocales(config.get(), request.onlyLocales(), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        // The languages (ICU's first look-up of their names is slow), the theme and the UI strings
        // do not depend on the courses: they are read beside them. So is flexmark's set-up for
        // reading the sources, most of it classes loaded and initialised once per run. Queued in
        // the order they are needed; this thread does any not yet begun when it needs it.
        SideTask<List<LocaleInfo>> languages = SideTask.start(() -> locales(config.get(), request.onlyLocales()));
        SideTask<MarkdownRenderer> forReading = SideTask.start(() -> MarkdownRenderer.forReading(config.get().allowRawHtml()));
        SideTask<Optional<Ui>> ui = SideTask.start(() ->
                ui(project, reader, config.get(), languages.join(), unchangedTheme, memo, diagnostics));
        Site site = new ContentLoader(project.resolve("content"), reader).load(config.get(), diagnostics);
        if (diagnostics.hasErrors()) {
            ui.join();
            return Optional.empty();
        }
        List<LocaleInfo> locales = languages.join();
        MarkdownRenderer reading = forReading.join();
        QuizLoader quizLoader = new QuizLoader(reading, memo);
        Map<String, CourseQuizzes> quizzes = quizLoader.load(site, diagnostics);
        SiteText texts = TranslationStage.texts(site, reading, memo, diagnostics);
        Optional<Ui> loadedUi = ui.join();
        if (loadedUi.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Map<String, Messages> messages = loadedUi.get().messages();
        Map<String, LocaleTranslation> translations = new TranslationStage(project.resolve("locales"), reader, quizLoader, memo)
                .translate(site, locales, texts, diagnostics);
        AdaptedQuizzes.check(quizzes, translations.values(), diagnostics);
        List<Coverage.LocaleCoverage> coverage = Coverage.of(site, locales, translations, messages,
                messages.get(locales.get(0).tag()).themeKeys());
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Analysis(site, loadedUi.get().theme(), new Languages(locales, messages), quizzes,
                new SiteTranslations(texts, translations, coverage)));
    }

    /**
     * Builds, calling {@code pageDone} with each page's output path once it is drawn (for progress
     * displays): analyse (load, parse, translate), then draw each page, check it and write it into
     * the staging folder, where it is dropped; the staging folder replaces the output folder only
     * when no stage reported an error.
     */
    public BuildResult build(BuildRequest request, Consumer<String> pageDone) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Analysis> analyzed = analyze(request, diagnostics);
        if (analyzed.isEmpty()) {
            return BuildResult.failed(diagnostics);
        }
        Analysis a = analyzed.get();
        if (!request.write()) {
            return BuildResult.analyzed(diagnostics, a);
        }
        SiteRenderer pages = renderer(a, diagnostics);
        List<OutputFile> others = otherFiles(a);
        Optional<OfflinePackages> packages = a.site().config().offlinePackages()
                ? Optional.of(new OfflinePackages(a.languages().locales(), a.assets())) : Optional.empty();
        List<String> paths = new ArrayList<>(pages.pagePaths());
        packages.ifPresent(p -> paths.addAll(p.paths()));
        Optional<CheckStage> checks = request.check()
                ? Optional.of(CheckStage.start(a, paths, others, new Diagnostics())) : Optional.empty();
        try (StagedSite staged = StagedSite.open(request.outputDir())) {
            others.forEach(staged::write);
            int drawn = pages.render(page -> true, page -> {
                // A language's home is checked as the site shows it, with its packages, drawn below.
                if (packages.isEmpty() || !packages.get().isLanguageHome(page.path())) {
                    checks.ifPresent(check -> check.page(page));
                }
                staged.write(page);
            }, pageDone, diagnostics);
            if (diagnostics.hasErrors()) {
                return BuildResult.failed(diagnostics);
            }
            if (packages.isPresent()) {
                writePackages(a, pages, packages.get(), staged, page -> {
                    checks.ifPresent(check -> check.page(page));
                    staged.write(page);
                }, diagnostics);
                if (diagnostics.hasErrors()) {
                    return BuildResult.failed(diagnostics);
                }
            }
            checks.ifPresent(CheckStage::finish);
            staged.commit();
            return BuildResult.written(diagnostics, a, drawn,
                    checks.map(check -> check.findings(a.site().config().checks().severity())).orElse(List.of()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Zips the written site into its offline packages, then draws each language's home again, now
     * offering them with their sizes: the packages hold the homes as first written, without links
     * to themselves.
     */
    private static void writePackages(Analysis a, SiteRenderer pages, OfflinePackages packages, StagedSite staged,
                                      Consumer<OutputFile> homes, Diagnostics diagnostics) throws IOException {
        Map<String, Long> sizes = packages.write(staged.folder(), locale -> pages.packageChooser(locale, diagnostics)
                .map(OutputFile::bytes).orElse(new byte[0]));
        for (LocaleInfo locale : a.languages().locales()) {
            Messages messages = a.languages().messages().get(locale.tag());
            Formats formats = new Formats(locale);
            String home = locale.tag() + "/index.html";
            List<Views.Download> downloads = List.of(
                    new Views.Download(SitePath.relative(home, OfflinePackages.pathOf(locale)),
                            messages.format("download.language", Map.of("language", locale.nameFor(locale),
                                    "size", formats.fileSize(sizes.get(OfflinePackages.pathOf(locale)))))),
                    new Views.Download(SitePath.relative(home, OfflinePackages.wholeSite()),
                            messages.format("download.all", Map.of("size",
                                    formats.fileSize(sizes.get(OfflinePackages.wholeSite()))))));
            pages.languageHome(locale, downloads, diagnostics).ifPresent(homes);
        }
    }

    /** Every file of the site, in memory, and how many of them are pages. */
    public record Rendered(List<OutputFile> files, int pages) {
    }

    /** Renders every file of an analysed site in memory: pages, exports, assets, sitemap. */
    public Optional<Rendered> render(Analysis a, Diagnostics diagnostics, Consumer<String> pageDone) {
        return render(a, diagnostics, pageDone, page -> true);
    }

    /**
     * Renders in memory the pages {@code pages} accepts (by path under the output folder: what a
     * live edit changed), and every file that is not a page. The translation report is always redrawn.
     */
    public Optional<Rendered> render(Analysis a, Diagnostics diagnostics, Consumer<String> pageDone,
                                     Predicate<String> pages) {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        int drawn = renderer(a, diagnostics).render(pages.or(SiteRenderer.TRANSLATION_REPORT::equals), files::add,
                pageDone, diagnostics);
        List<OutputFile> all = new ArrayList<>(files);
        all.sort(Comparator.comparing(OutputFile::path));
        all.addAll(otherFiles(a));
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(new Rendered(all, drawn));
    }

    /** The render stage: pages of every language, their bodies drawn as each page is. */
    SiteRenderer renderer(Analysis a, Diagnostics diagnostics) {
        return new SiteRenderer(a.site(), a.theme(), a.languages(),
                new PageBodies(a.site(), a.languages(), a.translations(), a.assets(), diagnostics), a.translations(), a.quizzes());
    }

    /** The files that are not pages: quiz exports per language, the theme's assets, the course assets, the sitemap. */
    static List<OutputFile> otherFiles(Analysis a) {
        List<OutputFile> files = new ArrayList<>();
        for (LocaleInfo locale : a.languages().locales()) {
            LocaleTranslation translation = a.translations().of(locale);
            a.quizzes().values().stream().filter(q -> !q.isEmpty()).sorted(Comparator.comparing(CourseQuizzes::course))
                    .forEach(q -> files.add(OutputFile.of(QuizExport.path(q, locale), QuizExport.of(translation.quizzes(q),
                            locale, a.languages().source(), text -> translation.text(q.course(), text)))));
        }
        a.theme().assets().forEach((name, bytes) -> files.add(OutputFile.of("assets/" + name, bytes)));
        a.assets().files().forEach(placed -> files.add(assetFile(placed)));
        a.site().config().baseUrl().ifPresent(base -> files.add(Sitemap.of(base, a.languages().tags(),
                localPages(a.site()))));
        return files;
    }

    /**
     * A course file where it is published: a diagram with its text translated by the build, a
     * language's own version under locales/, or the original stored once for every language.
     */
    static OutputFile assetFile(AssetPlacement.Placed placed) {
        return placed.content() != null ? OutputFile.of(placed.path(), placed.content()) : OutputFile.copy(placed.path(), placed.source());
    }

    /** The theme and every language's UI strings. */
    private record Ui(Theme theme, Map<String, Messages> messages) {
    }

    private static Optional<Ui> ui(Path project, SourceReader reader, SiteConfig config, List<LocaleInfo> locales,
                                   Theme unchangedTheme, Memo memo, Diagnostics diagnostics) {
        Optional<Theme> theme = unchangedTheme != null ? Optional.of(unchangedTheme)
                : Theme.load(project.resolve("themes"), config.theme(), "themes", diagnostics);
        if (theme.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<UiBundles.BundleText>> themeBundles = themeBundles(theme.get(), locales);
        Map<String, UiBundles.BundleText> siteBundles = siteBundles(project, reader, locales, diagnostics);
        Map<String, Messages> messages = memo.reported("ui-strings", List.of(locales, themeBundles, siteBundles), diagnostics,
                found -> UiBundles.build(locales, themeBundles, siteBundles, found));
        return Optional.of(new Ui(theme.get(), messages));
    }

    private static void checkOnlyLocales(SiteConfig config, List<String> only, Diagnostics diagnostics) {
        for (String tag : only) {
            if (!config.allLocales().contains(tag)) {
                diagnostics.error("CFG007", SourcePosition.ofFile(Diagnostic.COMMAND_LINE), "--locale " + tag
                        + " is not a language of this site", "declared languages: " + String.join(", ", config.allLocales()));
            }
        }
    }

    /** The languages to build: those {@code only} names (and the source's), or every language of the site. */
    private static List<LocaleInfo> locales(SiteConfig config, List<String> only) {
        return config.allLocales().stream()
                .filter(tag -> only.isEmpty() || only.contains(tag) || tag.equals(config.sourceLocale()))
                .map(LocaleInfo::of)
                .toList();
    }

    private static Map<String, List<UiBundles.BundleText>> themeBundles(Theme theme, List<LocaleInfo> locales) {
        Map<String, List<UiBundles.BundleText>> bundles = new TreeMap<>();
        bundles.put("en", theme.messages("en"));
        for (LocaleInfo locale : locales) {
            // The language's CLDR parents, and its bare language so a warning can say why that is not used.
            List<String> tags = new ArrayList<>(ParentLocales.chain(locale.tag()));
            tags.add(locale.locale().getLanguage());
            tags.stream().filter(tag -> !bundles.containsKey(tag)).forEach(tag -> {
                List<UiBundles.BundleText> layers = theme.messages(tag);
                if (!layers.isEmpty()) {
                    bundles.put(tag, layers);
                }
            });
        }
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
        site.courses().forEach(course -> paths.addAll(course.pagePaths()));
        return paths;
    }

}
