package org.moocbuilder.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.config.SiteConfigLoader;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
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
import org.moocbuilder.render.SiteRenderer;
import org.moocbuilder.render.Theme;
import org.moocbuilder.source.ContentLoader;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.LocaleTranslation;

/**
 * Builds a course site. {@link #build} is the table of contents of the pipeline: read the
 * settings, load the courses, load the theme and UI strings, render Markdown, render pages,
 * write. Every stage reports into one {@link Diagnostics}; nothing is written if any reported an error.
 */
public final class SiteBuilder {

    public BuildResult build(BuildRequest request) throws IOException {
        return build(request, () -> { });
    }

    /** Builds, calling {@code pageDone} after each page is rendered (for progress displays). */
    public BuildResult build(BuildRequest request, Runnable pageDone) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path project = request.projectDir().toAbsolutePath().normalize();
        SourceReader reader = new SourceReader(project);

        Optional<SiteConfig> config = new SiteConfigLoader(reader).load(request.contentDir().resolve("site.yml"), diagnostics);
        if (config.isEmpty()) {
            return BuildResult.failed(diagnostics);
        }
        List<LocaleInfo> locales = locales(config.get(), request.onlyLocales(), diagnostics);
        if (diagnostics.hasErrors()) {
            return BuildResult.failed(diagnostics);
        }
        Site site = new ContentLoader(project.resolve("content"), reader).load(config.get(), diagnostics);
        Optional<Theme> theme = Theme.load(project.resolve("themes"), config.get().theme(), "themes", diagnostics);
        if (theme.isEmpty() || diagnostics.hasErrors()) {
            return BuildResult.failed(diagnostics);
        }
        Map<String, Messages> messages = UiBundles.build(locales, themeBundles(theme.get(), locales),
                siteBundles(project, reader, locales, diagnostics), diagnostics);
        MarkdownRenderer sourceMarkdown = new MarkdownRenderer(messages.get(locales.get(0).tag()), config.get().allowRawHtml());
        TranslationStage.SiteText texts = TranslationStage.texts(site, sourceMarkdown);
        Map<String, LocaleTranslation> translations = new TranslationStage(project.resolve("locales"), reader)
                .translate(site, locales, texts, diagnostics);
        List<Coverage.LocaleCoverage> coverage = Coverage.of(site, locales, translations, messages,
                messages.get(locales.get(0).tag()).themeKeys());
        if (!request.write()) {
            return new BuildResult(diagnostics, tags(locales), 0, false, coverage);
        }
        Map<String, Map<String, RenderedMarkdown>> bodies = BodyStage.render(site, locales, messages, translations, diagnostics);
        if (diagnostics.hasErrors()) {
            return BuildResult.failed(diagnostics);
        }

        SiteRenderer renderer = new SiteRenderer(site, theme.get(), messages, locales, bodies, translations, coverage);
        List<OutputFile> files = new ArrayList<>(renderer.render(diagnostics, pageDone));
        int pages = files.size();
        theme.get().assets().forEach((name, bytes) -> files.add(OutputFile.of("assets/" + name, bytes)));
        for (LocaleInfo locale : locales) {
            for (Course course : site.courses()) {
                course.assets().forEach(a -> files.add(OutputFile.copy(locale.tag() + "/" + a.outputPath(), a.file())));
            }
        }
        config.get().baseUrl().ifPresent(base -> files.add(Sitemap.of(base,
                locales.stream().map(LocaleInfo::tag).toList(), localPages(site))));
        if (diagnostics.hasErrors()) {
            return BuildResult.failed(diagnostics);
        }
        new SiteWriter(request.outputDir()).write(files);
        return new BuildResult(diagnostics, tags(locales), pages, true, coverage);
    }

    private static List<String> tags(List<LocaleInfo> locales) {
        return locales.stream().map(LocaleInfo::tag).toList();
    }

    private static List<LocaleInfo> locales(SiteConfig config, List<String> only, Diagnostics diagnostics) {
        for (String tag : only) {
            if (!config.allLocales().contains(tag)) {
                diagnostics.error("CFG007", SourcePosition.ofFile("content/site.yml"), "--locale " + tag
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
