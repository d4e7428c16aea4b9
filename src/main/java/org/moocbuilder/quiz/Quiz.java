package org.moocbuilder.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.moocbuilder.diag.SourcePosition;

/**
 * One quiz as the author wrote it, in the source language. Which fields are used depends on
 * the type: choices (single, multiple), answer (true-false), number and tolerance (numeric),
 * accepted answers (short-text), items in the right order (ordering), pairs (matching).
 */
public record Quiz(String id, QuizType type, String question, List<Choice> choices, boolean answer, double number,
                   double tolerance, List<String> accepted, List<String> items, List<Pair> pairs, String explanation,
                   String hint, int points, SourcePosition at) {

    /** Between the accepted answers of {@link #acceptedText()}, and of its translations. */
    private static final Pattern ANSWER_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    public Quiz {
        choices = List.copyOf(choices);
        accepted = List.copyOf(accepted);
        items = List.copyOf(items);
        pairs = List.copyOf(pairs);
    }

    /** An answer option of a single or multiple choice question. */
    public record Choice(String text, boolean correct, String feedback) {
    }

    /** A left and a right side a learner must match. */
    public record Pair(String left, String right) {
    }

    /** A text of the quiz a learner reads, and what it is, for translation bundles. */
    public record Text(String kind, String text) {
    }

    /** Every text a learner reads, in reading order. */
    public List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text("quiz question", question));
        for (Choice choice : choices) {
            texts.add(new Text("quiz choice", choice.text()));
            if (!choice.feedback().isEmpty()) {
                texts.add(new Text("quiz feedback", choice.feedback()));
            }
        }
        items.forEach(item -> texts.add(new Text("quiz item to order", item)));
        for (Pair pair : pairs) {
            texts.add(new Text("quiz item to match", pair.left()));
            texts.add(new Text("quiz match", pair.right()));
        }
        if (!accepted.isEmpty()) {
            texts.add(new Text("quiz accepted answers, separated by | (list the answers your language accepts)", acceptedText()));
        }
        if (!hint.isEmpty()) {
            texts.add(new Text("quiz hint", hint));
        }
        if (!explanation.isEmpty()) {
            texts.add(new Text("quiz explanation", explanation));
        }
        return List.copyOf(texts);
    }

    /**
     * The accepted answers of a short-text question as one translatable text, separated by
     * {@code |}, so each language can accept its own words.
     */
    public String acceptedText() {
        return String.join(" | ", accepted);
    }

    /** The answers of an {@link #acceptedText()}, or of its translation: the text split at each {@code |}. */
    public static List<String> acceptedAnswers(String acceptedText) {
        return List.of(ANSWER_SEPARATOR.split(acceptedText));
    }
}
