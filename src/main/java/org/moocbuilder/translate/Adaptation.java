package org.moocbuilder.translate;

import java.util.List;
import org.moocbuilder.content.MarkdownSource;

import java.util.Optional;

/**
 * A translator's own version of a whole page ({@code locales/<lang>/pages/<course>/<module>/<lesson>.md}),
 * adapted to local context; it replaces the page made from segments.
 *
 * @param title       empty when the adaptation does not give one (the page then uses the bundles)
 * @param translates the source revision it was written from (front matter {@code source:})
 * @param current    the source's revision now; different means the adaptation is stale
 */
public record Adaptation(Optional<String> title, Optional<String> description, Optional<List<String>> objectives,
                         MarkdownSource body, String translates, String current) {

    public Adaptation {
        objectives = objectives.map(List::copyOf);
    }

    public boolean isStale() {
        return !translates.equals(current);
    }
}
