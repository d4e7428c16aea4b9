package org.moocbuilder.translate;

import java.util.List;
import org.moocbuilder.content.MarkdownSource;

/**
 * A translator's own version of a whole page ({@code locales/<lang>/pages/<course>/<module>/<lesson>.md}),
 * adapted to local context; it replaces the page made from segments.
 *
 * @param translates the source revision it was written from (front matter {@code source:})
 * @param current    the source's revision now; different means the adaptation is stale
 */
public record Adaptation(String title, String description, List<String> objectives, MarkdownSource body,
                         String translates, String current) {

    public Adaptation {
        objectives = List.copyOf(objectives);
    }

    public boolean isStale() {
        return !translates.equals(current);
    }
}
