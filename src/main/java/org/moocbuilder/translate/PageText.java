package org.moocbuilder.translate;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.moocbuilder.content.MarkdownSource;

/**
 * The translatable text of one page: its front matter (or settings) fields and its Markdown
 * body cut into segments.
 *
 * @param file       the source file shown to users
 * @param outputPath the page, relative to a language's folder
 * @param body       the Markdown body, or null for pages without one (the course home)
 */
public record PageText(String file, String outputPath, List<Segment> fields, MarkdownSource body,
                       List<Segment> bodySegments, List<Segment> quizTexts, Map<Integer, String> headingIds) {

    public PageText {
        fields = List.copyOf(fields);
        bodySegments = List.copyOf(bodySegments);
        quizTexts = List.copyOf(quizTexts);
        headingIds = Map.copyOf(headingIds);
    }

    public Stream<Segment> all() {
        return Stream.of(fields, bodySegments, quizTexts).flatMap(List::stream);
    }
}
