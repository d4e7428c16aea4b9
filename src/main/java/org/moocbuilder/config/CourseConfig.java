package org.moocbuilder.config;

import java.util.List;
import java.util.Optional;

/**
 * The settings in {@code content/<course>/course.yml}.
 *
 * @param moduleOrder module folder names in the order to show them; empty means by numeric prefix
 * @param durationMinutes the stated total; when absent the sum of the lesson durations is shown
 */
public record CourseConfig(String title, String summary, String audience, String level,
                           Optional<Integer> durationMinutes, String licence, List<String> moduleOrder) {

    public CourseConfig {
        moduleOrder = List.copyOf(moduleOrder);
    }
}
