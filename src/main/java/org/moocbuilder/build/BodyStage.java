package org.moocbuilder.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.markdown.LinkIndex;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.markdown.RenderedMarkdown;
import org.moocbuilder.quiz.QuizHtml;
import org.moocbuilder.translate.Adaptation;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.TranslatedText;

/**
 * Renders the Markdown bodies of module and lesson pages for every language, in parallel: the
 * source text for the source language; for the others a whole-page adaptation where one
 * exists, else the text with its translated segments.
 */
final class BodyStage {

    private record Job(LocaleInfo locale, String course, MarkdownSource source, String outputPath) {
    }

    static Map<String, Map<String, RenderedMarkdown>> render(Site site, List<LocaleInfo> locales,
                                                            Map<String, Messages> messages,
                                                            Map<String, LocaleTranslation> translations,
                                                            Diagnostics diagnostics) {
        return render(site, locales, messages, translations, diagnostics, (locale, sitePath) -> true);
    }

    /** Renders only the bodies {@code wanted} accepts (by language tag and source path). */
    static Map<String, Map<String, RenderedMarkdown>> render(Site site, List<LocaleInfo> locales,
                                                            Map<String, Messages> messages,
                                                            Map<String, LocaleTranslation> translations,
                                                            Diagnostics diagnostics,
                                                            BiPredicate<String, String> wanted) {
        LinkIndex links = LinkIndex.of(site);
        Map<String, MarkdownRenderer> renderers = new LinkedHashMap<>();
        Map<String, Map<String, RenderedMarkdown>> bodies = new LinkedHashMap<>();
        List<Job> jobs = new ArrayList<>();
        for (LocaleInfo locale : locales) {
            renderers.put(locale.tag(), new MarkdownRenderer(messages.get(locale.tag()), site.config().allowRawHtml()));
            bodies.put(locale.tag(), new ConcurrentHashMap<>());
            for (Course course : site.courses()) {
                for (Module module : course.modules()) {
                    jobs.add(new Job(locale, course.slug(), module.intro(), module.outputPath()));
                    for (Lesson lesson : module.lessons()) {
                        jobs.add(new Job(locale, course.slug(), lesson.body(), lesson.outputPath()));
                    }
                }
            }
        }
        LocaleInfo source = locales.get(0);
        // Problems in translated text (a broken link, say) are reported against the source and the bundles.
        Diagnostics translatedTextProblems = new Diagnostics();
        jobs.stream().filter(job -> wanted.test(job.locale().tag(), job.source().sitePath())).toList().parallelStream()
                .forEach(job -> {
            MarkdownRenderer renderer = renderers.get(job.locale().tag());
            LocaleTranslation translation = translations.get(job.locale().tag());
            QuizHtml quizzes = new QuizHtml(messages.get(job.locale().tag()), job.locale(), source,
                    text -> translation.markdown(job.course(), text), job.course());
            RenderedMarkdown html;
            if (job.locale().equals(source)) {
                html = renderer.render(job.source(), job.outputPath(), links, diagnostics, null, quizzes);
            } else {
                Adaptation adaptation = translation.adaptation(job.source().sitePath()).orElse(null);
                if (adaptation != null) {
                    // An adaptation's quizzes are written in its own language: nothing to look up.
                    QuizHtml own = new QuizHtml(messages.get(job.locale().tag()), job.locale(), job.locale(),
                            Optional::of, job.course());
                    html = renderer.render(adaptation.body(), job.outputPath(), links, diagnostics, null, own);
                } else {
                    TranslatedText text = translation.body(job.source().sitePath()).orElseThrow();
                    MarkdownSource translated = new MarkdownSource(job.source().file(), job.source().sitePath(),
                            text.markdown(), job.source().firstLine());
                    html = renderer.render(translated, job.outputPath(), links, translatedTextProblems, text.foreign(),
                            quizzes);
                }
            }
            bodies.get(job.locale().tag()).put(job.source().sitePath(), html);
        });
        return bodies;
    }

    private BodyStage() {
    }
}
