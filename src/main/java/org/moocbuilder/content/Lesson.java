package org.moocbuilder.content;

import java.util.List;
import java.util.Optional;
import org.moocbuilder.diag.FieldPositions;

/**
 * One lesson page.
 *
 * @param fields     where the front matter fields stand, for translation references
 * @param outputPath where the page goes, relative to a locale's folder (for example
 *                   {@code ai-course/fundamentals/what-is-ai.html})
 */
public record Lesson(String slug, String title, String description, Optional<Integer> durationMinutes,
                     List<String> objectives, MarkdownSource body, String outputPath, FieldPositions fields) {

    public Lesson {
        objectives = List.copyOf(objectives);
    }
}
