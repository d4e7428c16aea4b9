package org.moocbuilder.translate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.moocbuilder.content.Asset;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.parallel.Parallel;
import org.moocbuilder.quiz.CourseQuizzes;

/**
 * Everything one language's pages need from its bundles: translated field values, translated
 * Markdown bodies (with the stretches still in the source language), whole-page adaptations,
 * and coverage page by page. For the source language it is the identity.
 */
public final class LocaleTranslation {

    private final LocaleInfo locale;
    private final Map<String, Translator> translators;
    private final Map<String, Adaptation> adaptations;
    private final Map<String, TranslatedText> bodies;
    private final List<PageCoverage> coverage;
    /** The first coverage entry of each page, for pages looking up their own (one lookup per page drawn). */
    private final Map<String, PageCoverage> coverageByPage = new HashMap<>();
    private final Map<String, Path> assets;
    /** SVG diagrams with their text translated, by the original's path under content/ (see {@link DiagramText}). */
    private final Map<String, String> diagrams;

    private LocaleTranslation(LocaleInfo locale, Map<String, Translator> translators, Map<String, Adaptation> adaptations,
                              Map<String, TranslatedText> bodies, List<PageCoverage> coverage, Map<String, Path> assets,
                              Map<String, String> diagrams) {
        this.locale = locale;
        this.translators = Map.copyOf(translators);
        this.adaptations = Map.copyOf(adaptations);
        this.bodies = Map.copyOf(bodies);
        this.coverage = List.copyOf(coverage);
        this.coverage.forEach(page -> coverageByPage.putIfAbsent(page.outputPath(), page));
        this.assets = Map.copyOf(assets);
        this.diagrams = Map.copyOf(diagrams);
    }

    public static LocaleTranslation identity(LocaleInfo source) {
        return new LocaleTranslation(source, Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of());
    }

    /**
     * @param texts       every course's page texts, by course slug
     * @param translators one per bundle (course slug, and {@link Catalogs#SITE})
     * @param assets      this language's own versions of course files, by the original's path under content/
     */
    public static LocaleTranslation of(LocaleInfo locale, LocaleInfo source, List<Course> courses,
                                       Map<String, List<PageText>> texts, PageText siteText,
                                       Map<String, Translator> translators, AdaptationLoader adaptationLoader,
                                       Map<String, Path> assets, Diagnostics diagnostics) {
        // Each module and lesson page is read (its adaptation: a file, its front matter, its quizzes)
        // and translated apart from the others: done for every page in parallel first, then added
        // in order. A task per page, not per language, keeps every thread busy to the end.
        Map<String, Map<String, PageText>> textsByOutput = new HashMap<>();
        List<Supplier<TranslatedPage>> pages = new ArrayList<>();
        for (Course course : courses) {
            Translator translator = translators.get(course.slug());
            Map<String, PageText> byOutput = new HashMap<>();
            texts.get(course.slug()).forEach(page -> byOutput.put(page.outputPath(), page));
            textsByOutput.put(course.slug(), byOutput);
            for (Module module : course.modules()) {
                PageText moduleText = byOutput.get(module.outputPath());
                pages.add(() -> page(course.slug(), module.slug(), moduleText,
                        adaptationLoader.load(locale.tag(), module, diagnostics), translator));
                for (Lesson lesson : module.lessons()) {
                    PageText lessonText = byOutput.get(lesson.outputPath());
                    pages.add(() -> page(course.slug(), module.slug(), lessonText,
                            adaptationLoader.load(locale.tag(), lesson, diagnostics), translator));
                }
            }
        }
        Iterator<TranslatedPage> translated = Parallel.map(pages, Supplier::get).iterator();
        Map<String, Adaptation> adaptations = new TreeMap<>();
        Map<String, TranslatedText> bodies = new TreeMap<>();
        Map<String, String> diagrams = new TreeMap<>();
        List<PageCoverage> coverage = new ArrayList<>();
        coverage.add(count("", "", siteText, translators.get(Catalogs.SITE)));
        for (Course course : courses) {
            Translator translator = translators.get(course.slug());
            Map<String, PageText> byOutput = textsByOutput.get(course.slug());
            coverage.add(count(course.slug(), "", byOutput.get(course.outputPath()), translator));
            int modulesAndLessons = course.modules().size() + course.lessons().size();
            for (int page = 0; page < modulesAndLessons; page++) {
                TranslatedPage next = translated.next();
                next.adaptation().ifPresent(adaptation -> adaptations.put(next.sitePath(), adaptation));
                if (next.body() != null) {
                    bodies.put(next.sitePath(), next.body());
                }
                coverage.add(next.coverage());
            }
            for (Asset asset : course.assets()) {
                PageText diagram = byOutput.get(asset.outputPath());
                if (diagram == null) {
                    continue;
                }
                String module = moduleOf(course, asset);
                if (assets.containsKey(asset.sitePath())) {
                    // The language's own file wins, as an adaptation does: its text is the translator's.
                    coverage.add(counted(course.slug(), module, diagram, Catalog.Status.TRANSLATED));
                } else {
                    coverage.add(count(course.slug(), module, diagram, translator));
                    DiagramText.translated(asset, translator, locale, source).ifPresent(svg -> diagrams.put(asset.sitePath(), svg));
                }
            }
        }
        return new LocaleTranslation(locale, translators, adaptations, bodies, coverage, assets, diagrams);
    }

    /** The module whose folder holds a course file, or "" for a file of the course's own folder. */
    private static String moduleOf(Course course, Asset asset) {
        return course.modules().stream().map(Module::slug)
                .filter(slug -> asset.outputPath().startsWith(course.slug() + "/" + slug + "/")).findFirst().orElse("");
    }

    private static PageCoverage counted(String course, String module, PageText page, Catalog.Status status) {
        SegmentCount count = page.all().map(s -> SegmentCount.one(status, s.words())).reduce(SegmentCount.ZERO, SegmentCount::plus);
        return new PageCoverage(course, module, page.outputPath(), page.file(), count, PageCoverage.AdaptationState.NONE, false);
    }

    /** A module or lesson page in one language: its adaptation, else its body with the translated segments. */
    private record TranslatedPage(String sitePath, Optional<Adaptation> adaptation, TranslatedText body,
                                  PageCoverage coverage) {
    }

    /** One module or lesson page: its adaptation when the language has one, else its text with the translated segments; counted. */
    private static TranslatedPage page(String course, String module, PageText text, Optional<Adaptation> adaptation,
                                       Translator translator) {
        String sitePath = text.body().sitePath();
        if (adaptation.isPresent()) {
            return new TranslatedPage(sitePath, adaptation, null, adapted(course, module, text, adaptation.get(), translator));
        }
        return new TranslatedPage(sitePath, adaptation,
                translator.apply(text.body().markdown(), text.bodySegments(), text.headingIds()),
                count(course, module, text, translator));
    }

    private static PageCoverage count(String course, String module, PageText page, Translator translator) {
        SegmentCount count = page.all()
                .map(s -> SegmentCount.one(translator.status(s.text()), s.words()))
                .reduce(SegmentCount.ZERO, SegmentCount::plus);
        return new PageCoverage(course, module, page.outputPath(), page.file(), count, PageCoverage.AdaptationState.NONE, false);
    }

    private static PageCoverage adapted(String course, String module, PageText page, Adaptation adaptation,
                                        Translator translator) {
        Catalog.Status status = adaptation.isStale() ? Catalog.Status.FUZZY : Catalog.Status.TRANSLATED;
        // A field the adaptation leaves out is shown from the bundles, so it counts as they have it.
        SegmentCount count = page.all()
                .map(s -> SegmentCount.one(adaptation.replaces(s) ? status : translator.status(s.text()), s.words()))
                .reduce(SegmentCount.ZERO, SegmentCount::plus);
        boolean segmentsIgnored = page.bodySegments().stream().anyMatch(s -> translator.status(s.text()) != Catalog.Status.MISSING);
        return new PageCoverage(course, module, page.outputPath(), page.file(), count,
                adaptation.isStale() ? PageCoverage.AdaptationState.STALE : PageCoverage.AdaptationState.CURRENT, segmentsIgnored);
    }

    public LocaleInfo locale() {
        return locale;
    }

    /** The translation of a field value of a course (or of the site, bundle {@link Catalogs#SITE}), if shown. */
    public Optional<String> text(String bundle, String sourceText) {
        Translator translator = translators.get(bundle);
        return translator == null ? Optional.empty() : translator.translatePlain(sourceText.strip());
    }

    /** The translation of a Markdown text of a course (a quiz question), with HTML it adds defused. */
    public Optional<String> markdown(String bundle, String sourceText) {
        Translator translator = translators.get(bundle);
        return translator == null ? Optional.empty() : translator.translate(sourceText.strip());
    }

    /** Where the translation of a text was written (its PO entry), for findings about it. */
    public Optional<SourcePosition> where(String bundle, String sourceText) {
        Translator translator = translators.get(bundle);
        return translator == null ? Optional.empty() : translator.where(sourceText.strip());
    }

    /** This language's own version of {@code asset}, if it has one; {@link AssetPlacement} decides where files go. */
    public Optional<Path> ownVersion(Asset asset) {
        return Optional.ofNullable(assets.get(asset.sitePath()));
    }

    /**
     * The SVG to publish for {@code asset} in this language when the build made it: the original
     * with its text translated. Like a file under locales/&lt;lang&gt;/pages/ (which wins, and then
     * this is empty), it is the language's own version of the file, published instead of
     * {@link #fileOf}'s.
     */
    public Optional<String> translatedDiagram(Asset asset) {
        return Optional.ofNullable(diagrams.get(asset.sitePath()));
    }

    /** Whether this language publishes its own copy of {@code asset} (a file of its own, or a translated diagram). */
    public boolean hasOwnVersion(Asset asset) {
        return ownVersion(asset).isPresent() || translatedDiagram(asset).isPresent();
    }

    public Optional<Adaptation> adaptation(String lessonSitePath) {
        return Optional.ofNullable(adaptations.get(lessonSitePath));
    }

    /** A course's quizzes as this language shows them: an adapted lesson's are the adaptation's own. */
    public CourseQuizzes quizzes(CourseQuizzes source) {
        return adaptations.isEmpty() ? source
                : source.inLanguage(lesson -> adaptation(lesson.body().sitePath()).map(Adaptation::quizzes));
    }

    public Optional<TranslatedText> body(String sitePath) {
        return Optional.ofNullable(bodies.get(sitePath));
    }

    public List<PageCoverage> coverage() {
        return coverage;
    }

    public Optional<PageCoverage> coverageOf(String outputPath) {
        return Optional.ofNullable(coverageByPage.get(outputPath));
    }
}
