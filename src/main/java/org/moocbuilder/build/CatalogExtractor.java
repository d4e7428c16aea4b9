package org.moocbuilder.build;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.quiz.QuizLoader;
import org.moocbuilder.source.ContentLoader;
import org.moocbuilder.source.SiteConfigLoader;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.Adaptation;
import org.moocbuilder.translate.AdaptationLoader;
import org.moocbuilder.translate.CatalogUpdater;
import org.moocbuilder.translate.Catalogs;
import org.moocbuilder.translate.Segment;
import org.moocbuilder.translate.SiteText;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoWriter;

/**
 * {@code mooc extract}: cuts the source into segments and brings every language's PO bundles
 * up to date, never dropping a translation. A bundle that cannot be read is left untouched.
 */
public final class CatalogExtractor {

    /** What happened to one bundle file. */
    public record FileReport(String file, boolean written, boolean created, int added, int fuzzied, int obsoleted, int revived,
                             int entries) {
    }

    /** The state of a whole-page adaptation, and the source revision a translator should record. */
    public record AdaptationReport(String file, String lesson, boolean stale, String translates, String current) {
    }

    public record Result(Diagnostics diagnostics, List<FileReport> files, List<AdaptationReport> adaptations) {
    }

    public Result extract(Path projectDir, List<String> onlyLocales) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path project = projectDir.toAbsolutePath().normalize();
        SourceReader reader = new SourceReader(project);
        Optional<SiteConfig> config = new SiteConfigLoader(reader).load(project.resolve("content/site.yml"), diagnostics);
        if (config.isEmpty()) {
            return new Result(diagnostics, List.of(), List.of());
        }
        Site site = new ContentLoader(project.resolve("content"), reader).load(config.get(), diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(diagnostics, List.of(), List.of());
        }
        MarkdownRenderer reading = MarkdownRenderer.forReading(config.get().allowRawHtml());
        SiteText texts = TranslationStage.texts(site, reading, Memo.none(), diagnostics);
        Catalogs catalogs = new Catalogs(project.resolve("locales"), reader);
        AdaptationLoader adaptationLoader = new AdaptationLoader(project.resolve("locales"), reader, new QuizLoader(reading));
        List<FileReport> files = new ArrayList<>();
        List<AdaptationReport> adaptations = new ArrayList<>();
        for (String locale : config.get().targetLocales()) {
            if (!onlyLocales.isEmpty() && !onlyLocales.contains(locale)) {
                continue;
            }
            for (Course course : site.courses()) {
                // The text of a page this language adapts is the adaptation's: the bundle does not ask for it again.
                Map<String, Adaptation> adapted = new HashMap<>();
                for (Module module : course.modules()) {
                    report(adaptationLoader.load(locale, module, new Diagnostics()), module.intro(), locale,
                            adaptationLoader, reader, adapted, adaptations);
                    for (Lesson lesson : module.lessons()) {
                        report(adaptationLoader.load(locale, lesson, new Diagnostics()), lesson.body(), locale,
                                adaptationLoader, reader, adapted, adaptations);
                    }
                }
                List<Segment> segments = texts.courses().get(course.slug()).stream()
                        .flatMap(page -> page.all().filter(segment -> page.body() == null
                                || !adapted.containsKey(page.body().sitePath())
                                || !adapted.get(page.body().sitePath()).replaces(segment)))
                        .toList();
                update(catalogs, locale, course.slug(), segments, config.get().title(), reader, diagnostics).ifPresent(files::add);
            }
            update(catalogs, locale, Catalogs.SITE, texts.site().fields(), config.get().title(), reader,
                    diagnostics).ifPresent(files::add);
        }
        return new Result(diagnostics, files, adaptations);
    }

    private static void report(Optional<Adaptation> adaptation, MarkdownSource source, String locale, AdaptationLoader loader,
                               SourceReader reader, Map<String, Adaptation> adapted, List<AdaptationReport> reports) {
        adaptation.ifPresent(a -> {
            adapted.put(source.sitePath(), a);
            reports.add(new AdaptationReport(reader.displayPath(loader.file(locale, source)), source.file(), a.isStale(),
                    a.translates(), a.current()));
        });
    }

    private static Optional<FileReport> update(Catalogs catalogs, String locale, String bundle, List<Segment> segments,
                                               String project, SourceReader reader, Diagnostics diagnostics) throws IOException {
        Path file = catalogs.file(locale, bundle);
        String shown = reader.displayPath(file);
        Diagnostics readProblems = new Diagnostics();
        Optional<PoFile> existing = catalogs.read(locale, bundle, readProblems);
        readProblems.sorted().forEach(diagnostics::report);
        if (Files.exists(file) && existing.isEmpty()) {
            diagnostics.error("TR020", SourcePosition.ofFile(shown), "left exactly as it was, because it cannot be read",
                    "fix the PO001 error reported for this file, then run mooc extract again");
            return Optional.empty();
        }
        CatalogUpdater.Result result = CatalogUpdater.update(existing, segments, ULocale.forLanguageTag(locale), project);
        String text = PoWriter.write(result.file());
        boolean created = !Files.exists(file);
        boolean changed = created || !Files.readString(file, StandardCharsets.UTF_8).equals(text);
        if (changed) {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        return Optional.of(new FileReport(shown, changed, created, result.added(), result.fuzzied(), result.obsoleted(),
                result.revived(), result.file().entries().size()));
    }
}
