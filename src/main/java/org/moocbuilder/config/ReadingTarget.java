package org.moocbuilder.config;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code readingLevel:} part of course.yml: the school grade lesson text should not exceed,
 * and, per language, another grade where that language's formula needs it
 * ({@code readingLevel: {maxGrade: 12, ru: 17}}).
 */
public record ReadingTarget(Optional<Integer> maxGrade, Map<String, Integer> byLocale) {

    public static final ReadingTarget NONE = new ReadingTarget(Optional.empty(), Map.of());

    public ReadingTarget {
        byLocale = Map.copyOf(byLocale);
    }

    public Optional<Integer> forLocale(String tag) {
        return Optional.ofNullable(byLocale.get(tag)).or(() -> maxGrade);
    }
}
