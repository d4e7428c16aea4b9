package org.moocbuilder.content;

import java.util.List;
import org.moocbuilder.diag.FieldPositions;

/** A module of a course: its introduction and its lessons in order. */
public record Module(String slug, String title, String description, MarkdownSource intro, List<Lesson> lessons,
                     String outputPath, FieldPositions fields) {

    public Module {
        lessons = List.copyOf(lessons);
    }

    public int totalMinutes() {
        return lessons.stream().mapToInt(l -> l.durationMinutes().orElse(0)).sum();
    }
}
