package org.moocbuilder.content;

import java.util.List;
import java.util.Optional;

/**
 * One lesson page.
 *
 * @param outputPath where the page goes, relative to a locale's folder (for example
 *                   {@code ai-course/fundamentals/what-is-ai.html})
 */
public record Lesson(String slug, String title, String description, Optional<Integer> durationMinutes,
                     List<String> objectives, MarkdownSource body, String outputPath) {

    public Lesson {
        objectives = List.copyOf(objectives);
    }
}
