package org.moocbuilder.translate;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.quiz.Quiz;

/**
 * A translator's own version of a whole page ({@code locales/<lang>/pages/<course>/<module>/<lesson>.md},
 * or a module's {@code module.md}), adapted to local context; it replaces the page made from segments.
 *
 * @param file        the adaptation's file as reported ({@code locales/fr/pages/...}), where findings about it go
 * @param title       empty when the adaptation does not give one (the page then uses the bundles)
 * @param objectives  empty when not given; a module adaptation never has any
 * @param text        the adapted page's Markdown, read when asked
 * @param quizzes     the quizzes the adaptation holds, checked when it was loaded, in page order
 * @param translates  the source revision it was written from (front matter {@code source:})
 * @param current     the source's revision now; different means the adaptation is stale
 */
public record Adaptation(String file, Optional<String> title, Optional<String> description,
                         Optional<List<String>> objectives, Supplier<MarkdownSource> text, List<Quiz> quizzes,
                         String translates, String current) {

    public Adaptation {
        objectives = objectives.map(List::copyOf);
        quizzes = List.copyOf(quizzes);
    }

    /**
     * The adapted page's Markdown, read again from its file when its page is drawn: a site of
     * many languages would otherwise hold every adaptation's text from start to end of a build.
     */
    public MarkdownSource body() {
        return text.get();
    }

    /**
     * Whether this adaptation stands in for the page's segment {@code segment}: every text of the
     * body and its quizzes, and each front matter field it gives. A field it leaves out (no
     * {@code description:}, say) is still shown from the bundles, so it is still asked for there.
     */
    public boolean replaces(Segment segment) {
        return switch (segment.kind()) {
            case LESSON_TITLE, MODULE_TITLE -> title.isPresent();
            case LESSON_DESCRIPTION, MODULE_DESCRIPTION -> description.isPresent();
            case OBJECTIVE -> objectives.isPresent();
            default -> true;
        };
    }

    public boolean isStale() {
        return !translates.equals(current);
    }
}
