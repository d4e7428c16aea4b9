package org.moocbuilder.translate;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.moocbuilder.content.MarkdownSource;

/**
 * A translator's own version of a whole page ({@code locales/<lang>/pages/<course>/<module>/<lesson>.md}),
 * adapted to local context; it replaces the page made from segments.
 *
 * @param text        the adapted page's Markdown, read when asked
 * @param title       empty when the adaptation does not give one (the page then uses the bundles)
 * @param translates the source revision it was written from (front matter {@code source:})
 * @param current    the source's revision now; different means the adaptation is stale
 */
public record Adaptation(Optional<String> title, Optional<String> description, Optional<List<String>> objectives,
                         Supplier<MarkdownSource> text, String translates, String current) {

    public Adaptation {
        objectives = objectives.map(List::copyOf);
    }

    /**
     * The adapted page's Markdown, read again from its file when its page is drawn: a site of
     * many languages would otherwise hold every adaptation's text from start to end of a build.
     */
    public MarkdownSource body() {
        return text.get();
    }

    public boolean isStale() {
        return !translates.equals(current);
    }
}
