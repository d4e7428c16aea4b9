package org.moocbuilder.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of question a quiz can ask, by the name authors write in {@code type:}. */
public enum QuizType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    NUMERIC("numeric"),
    SHORT_TEXT("short-text"),
    ORDERING("ordering"),
    MATCHING("matching");

    private final String name;

    QuizType(String name) {
        this.name = name;
    }

    public String label() {
        return name;
    }

    public static Optional<QuizType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(QuizType::label).toList();
    }

    public boolean hasChoices() {
        return this == SINGLE || this == MULTIPLE;
    }
}
