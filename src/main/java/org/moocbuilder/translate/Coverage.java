package org.moocbuilder.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;

/** Translation coverage of a site: per language, course, module and page, plus interface strings. */
public final class Coverage {

    /** Interface strings of a language: how many of the theme's keys it has, and which it lacks. */
    public record Ui(int total, int translated, List<String> missing) {
        public Ui {
            missing = List.copyOf(missing);
        }
    }

    public record ModuleCoverage(String module, String title, SegmentCount count, List<PageCoverage> pages) {
        public ModuleCoverage {
            pages = List.copyOf(pages);
        }
    }

    public record CourseCoverage(String course, String title, SegmentCount count, List<ModuleCoverage> modules) {
        public CourseCoverage {
            modules = List.copyOf(modules);
        }
    }

    /**
     * @param count every segment of the language (site, courses), by words and segments
     */
    public record LocaleCoverage(String locale, String name, SegmentCount count, Ui ui, List<CourseCoverage> courses,
                                 int adaptations, int staleAdaptations) {
        public LocaleCoverage {
            courses = List.copyOf(courses);
        }
    }

    private Coverage() {
    }

    /** The coverage of every target language (the source language is not listed). */
    public static List<LocaleCoverage> of(Site site, List<LocaleInfo> locales, Map<String, LocaleTranslation> translations,
                                          Map<String, Messages> messages, List<String> uiKeys) {
        List<LocaleCoverage> result = new ArrayList<>();
        for (LocaleInfo locale : locales.subList(1, locales.size())) {
            LocaleTranslation translation = translations.get(locale.tag());
            List<CourseCoverage> courses = new ArrayList<>();
            SegmentCount total = translation.coverage().stream().filter(p -> p.course().isEmpty())
                    .map(PageCoverage::count).reduce(SegmentCount.ZERO, SegmentCount::plus);
            for (Course course : site.courses()) {
                Map<String, List<PageCoverage>> byModule = new LinkedHashMap<>();
                byModule.put("", new ArrayList<>());
                course.modules().forEach(m -> byModule.put(m.slug(), new ArrayList<>()));
                translation.coverage().stream().filter(p -> p.course().equals(course.slug()))
                        .forEach(p -> byModule.get(p.module()).add(p));
                List<ModuleCoverage> modules = new ArrayList<>();
                SegmentCount courseCount = sum(byModule.get(""));
                for (Module module : course.modules()) {
                    List<PageCoverage> pages = byModule.get(module.slug());
                    modules.add(new ModuleCoverage(module.slug(), module.title(), sum(pages), pages));
                    courseCount = courseCount.plus(sum(pages));
                }
                courses.add(new CourseCoverage(course.slug(), course.config().title(), courseCount, modules));
                total = total.plus(courseCount);
            }
            Messages own = messages.get(locale.tag());
            List<String> missing = uiKeys.stream().filter(key -> !own.has(key)).sorted().toList();
            long adapted = translation.coverage().stream().filter(p -> p.adaptation() != PageCoverage.AdaptationState.NONE).count();
            long stale = translation.coverage().stream().filter(p -> p.adaptation() == PageCoverage.AdaptationState.STALE).count();
            result.add(new LocaleCoverage(locale.tag(), locale.autonym(), total,
                    new Ui(uiKeys.size(), uiKeys.size() - missing.size(), missing), courses, (int) adapted, (int) stale));
        }
        return result;
    }

    private static SegmentCount sum(List<PageCoverage> pages) {
        return pages.stream().map(PageCoverage::count).reduce(SegmentCount.ZERO, SegmentCount::plus);
    }
}
