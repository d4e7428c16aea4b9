package org.moocbuilder.build;

import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.parallel.Parallel;
import org.moocbuilder.quiz.QuizLoader;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.AdaptationLoader;
import org.moocbuilder.translate.Catalog;
import org.moocbuilder.translate.Catalogs;
import org.moocbuilder.translate.CourseText;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.LocalizedAssets;
import org.moocbuilder.translate.PageText;
import org.moocbuilder.translate.SegmentFinder;
import org.moocbuilder.translate.SiteText;
import org.moocbuilder.translate.TranslationCheck;
import org.moocbuilder.translate.Translator;

/** Reads every language's bundles and applies them to the site's text. */
public final class TranslationStage {

    private final Path localesDir;
    private final SourceReader reader;
    /** Reads the quizzes of adaptations, as the source's were read. */
    private final QuizLoader quizzes;
    private final Memo memo;

    TranslationStage(Path localesDir, SourceReader reader, QuizLoader quizzes, Memo memo) {
        this.localesDir = localesDir;
        this.reader = reader;
        this.quizzes = quizzes;
        this.memo = memo;
    }

    static SiteText texts(Site site, MarkdownRenderer sourceMarkdown, Memo memo, Diagnostics diagnostics) {
        SegmentFinder finder = new SegmentFinder(sourceMarkdown, ULocale.forLanguageTag(site.config().sourceLocale()), memo);
        // Courses in parallel, and each course's pages in parallel within it: a thread done with its
        // course helps with the pages of another.
        List<List<PageText>> perCourse = Parallel.map(site.courses(),
                course -> CourseText.of(course, course.config().fields().file(), finder, diagnostics));
        Map<String, List<PageText>> texts = new TreeMap<>();
        for (int i = 0; i < perCourse.size(); i++) {
            texts.put(site.courses().get(i).slug(), perCourse.get(i));
        }
        return new SiteText(texts, CourseText.ofSite(site.config(), finder));
    }

    Map<String, LocaleTranslation> translate(Site site, List<LocaleInfo> locales, SiteText texts, Diagnostics diagnostics) {
        Catalogs catalogs = new Catalogs(localesDir, reader, memo);
        catalogs.warnUndeclared(site.config().allLocales(), diagnostics);
        AdaptationLoader adaptations = new AdaptationLoader(localesDir, reader, quizzes);
        LocalizedAssets localizedAssets = new LocalizedAssets(localesDir, reader);
        LocaleInfo source = locales.get(0);
        List<String> bundles = new ArrayList<>(site.courses().stream().map(Course::slug).toList());
        bundles.add(Catalogs.SITE);
        // Languages are independent: each reads its own bundles and adaptations.
        List<LocaleTranslation> translated = Parallel.map(locales.subList(1, locales.size()), locale -> {
            Map<String, Catalog> loaded = catalogs.load(locale.tag(), bundles, diagnostics);
            Map<String, Translator> translators = new TreeMap<>();
            for (Course course : site.courses()) {
                translators.put(course.slug(), translator(loaded.get(course.slug()),
                        Set.copyOf(course.config().localizedLinkHosts()), site, source, diagnostics));
            }
            translators.put(Catalogs.SITE, translator(loaded.get(Catalogs.SITE), Set.of(), site, source, diagnostics));
            return LocaleTranslation.of(locale, source, site.courses(), texts.courses(), texts.site(),
                    translators, adaptations, localizedAssets.find(locale.tag(), site.courses(), diagnostics), diagnostics);
        });
        Map<String, LocaleTranslation> result = new LinkedHashMap<>();
        result.put(source.tag(), LocaleTranslation.identity(source));
        translated.forEach(translation -> result.put(translation.locale().tag(), translation));
        return result;
    }

    private Translator translator(Catalog catalog, Set<String> localizedHosts, Site site, LocaleInfo source,
                                  Diagnostics diagnostics) {
        return new Translator(catalog, new TranslationCheck(localizedHosts, memo), site.config().showFuzzy(), source, diagnostics);
    }
}
