package org.moocbuilder.config;

import java.util.List;
import java.util.Optional;
import org.moocbuilder.diag.FieldPositions;

/**
 * The settings in {@code content/<course>/course.yml}.
 *
 * @param moduleOrder module folder names in the order to show them; empty means by numeric prefix
 * @param durationMinutes the stated total; when absent the sum of the lesson durations is shown
 * @param localizedLinkHosts hosts whose links translations may change (to a page in their language)
 * @param readingLevel the school grade lesson text should not exceed, checked by mooc check per language
 * @param masteryScore the share of a lesson's quizzes, in percent (0 to 100), a learner must answer right to pass it
 *                     in an LMS; empty: a lesson with quizzes is reported completed, never passed or failed
 */
public record CourseConfig(String title, String summary, String audience, String level,
                           Optional<Integer> durationMinutes, String licence, List<String> moduleOrder,
                           List<String> localizedLinkHosts, ReadingTarget readingLevel, Optional<Integer> masteryScore,
                           FieldPositions fields) {

    public CourseConfig {
        moduleOrder = List.copyOf(moduleOrder);
        localizedLinkHosts = List.copyOf(localizedLinkHosts);
    }
}
