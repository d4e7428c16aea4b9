package org.moocbuilder.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.Languages;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.markdown.LinkIndex;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.quiz.QuizHtml;
import org.moocbuilder.render.BodySource;
import org.moocbuilder.translate.Adaptation;
import org.moocbuilder.translate.AssetPlacement;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.SiteTranslations;
import org.moocbuilder.translate.TranslatedText;

/**
 * The Markdown bodies of module and lesson pages, drawn when their page is: the source text
 * for the source language; for the others a whole-page adaptation where one exists, else the
 * text with its translated segments. Safe from many threads.
 */
final class PageBodies implements BodySource {

    private final LocaleInfo source;
    private final Map<String, Messages> messages;
    private final Map<String, LocaleTranslation> translations;
    private final Map<String, MarkdownRenderer> renderers = new HashMap<>();
    /** Adaptations are a translator's text: raw HTML in them is shown as text even where authors may write it. */
    private final Map<String, MarkdownRenderer> adaptationRenderers = new HashMap<>();
    /** Per language: pages are the same in each, but a file may be shared or the language's own. */
    private final Map<String, LinkIndex> links = new HashMap<>();
    private final Diagnostics diagnostics;
    /** Problems in translated text (a broken link, say) are reported against the source and the bundles. */
    private final Diagnostics translatedTextProblems = new Diagnostics();

    PageBodies(Site site, Languages languages, SiteTranslations translations, AssetPlacement assets,
               Diagnostics diagnostics) {
        this.source = languages.source();
        this.messages = languages.messages();
        this.translations = translations.byLocale();
        this.diagnostics = diagnostics;
        for (LocaleInfo locale : languages.locales()) {
            links.put(locale.tag(), LinkIndex.of(site, asset -> assets.fromLanguageFolder(locale, asset)));
            renderers.put(locale.tag(), new MarkdownRenderer(messages.get(locale.tag()), site.config().allowRawHtml()));
            adaptationRenderers.put(locale.tag(), site.config().allowRawHtml()
                    ? new MarkdownRenderer(messages.get(locale.tag()), false) : renderers.get(locale.tag()));
        }
    }

    @Override
    public String html(LocaleInfo locale, Course course, MarkdownSource text, String outputPath) {
        MarkdownRenderer renderer = renderers.get(locale.tag());
        LocaleTranslation translation = translations.get(locale.tag());
        Messages ui = messages.get(locale.tag());
        LinkIndex links = this.links.get(locale.tag());
        if (locale.equals(source)) {
            QuizHtml quizzes = new QuizHtml(ui, locale, source, markdown -> translation.markdown(course.slug(), markdown),
                    course.slug());
            return renderer.render(text, outputPath, links, diagnostics, null, quizzes).html();
        }
        Optional<Adaptation> adaptation = translation.adaptation(text.sitePath());
        if (adaptation.isPresent()) {
            // An adaptation's quizzes are written in its own language: nothing to look up.
            QuizHtml own = new QuizHtml(ui, locale, locale, Optional::of, course.slug());
            return adaptationRenderers.get(locale.tag()).render(adaptation.get().body(), outputPath, links, diagnostics,
                    null, own).html();
        }
        QuizHtml quizzes = new QuizHtml(ui, locale, source, markdown -> translation.markdown(course.slug(), markdown),
                course.slug());
        TranslatedText translated = translation.body(text.sitePath()).orElseThrow();
        MarkdownSource page = new MarkdownSource(text.file(), text.sitePath(), translated.markdown(), text.firstLine());
        return renderer.render(page, outputPath, links, translatedTextProblems, translated.foreign(), quizzes).html();
    }
}
