package org.moocbuilder.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.config.ReadingTarget;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.PageText;

/** The reading level of every lesson in every language that has a target, from its text (not its page). */
public final class ReadingLevels {

    private ReadingLevels() {
    }

    /**
     * @param texts        every course's text, page by page, by course slug
     * @param locales      source first
     * @param translations by language
     */
    public static void check(Site site, Map<String, List<PageText>> texts, List<LocaleInfo> locales,
                             Map<String, LocaleTranslation> translations, Diagnostics diagnostics) {
        for (Course course : site.courses()) {
            if (course.config().readingLevel().equals(ReadingTarget.NONE)) {
                continue;
            }
            Map<String, PageText> pages = new HashMap<>();
            texts.get(course.slug()).forEach(t -> pages.put(t.outputPath(), t));
            for (LocaleInfo locale : locales) {
                Optional<Integer> maxGrade = course.config().readingLevel().forLocale(locale.tag());
                if (maxGrade.isEmpty()) {
                    continue;
                }
                boolean isSource = locale.equals(locales.get(0));
                LocaleTranslation translation = translations.get(locale.tag());
                for (Lesson lesson : course.lessons()) {
                    if (!isSource && translation.adaptation(lesson.body().sitePath()).isPresent()) {
                        continue;
                    }
                    PageText page = pages.get(lesson.outputPath());
                    ReadingLevelCheck.measure(page, locale, isSource, translation, course.slug())
                            .ifPresent(result -> ReadingLevelCheck.report(result, maxGrade.get(), locale.tag(),
                                    lesson.outputPath(), page.bodySegments().isEmpty()
                                            ? SourcePosition.ofFile(lesson.body().file())
                                            : page.bodySegments().get(0).at(), diagnostics));
                }
            }
        }
    }
}
