package org.moocbuilder.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.source.Suggestions;
import org.moocbuilder.source.YamlDocument;

/**
 * Reads the YAML inside a {@code ```quiz} fence and checks it, reporting each problem at its
 * line in the lesson file. See docs/quizzes.md for the schema.
 */
public final class QuizParser {

    static final List<String> KEYS = List.of("id", "type", "question", "choices", "answer", "tolerance", "answers",
            "items", "pairs", "explanation", "hint", "points");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    /** A choice written as one of YAML's words for "no value" ({@code - null}, {@code - text: ~}). */
    private static final Pattern NULL_CHOICE = Pattern.compile("(?m)^\\s*-\\s+(?:text:\\s*)?(null|Null|NULL|~)\\s*(?:#.*)?$");

    private QuizParser() {
    }

    /**
     * @param firstLine the lesson file line of the first line inside the fence
     */
    public static Optional<Quiz> parse(String yaml, String file, int firstLine, Diagnostics report) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Quiz> quiz = check(yaml, file, firstLine, diagnostics);
        diagnostics.sorted().forEach(report::report);
        return quiz;
    }

    private static Optional<Quiz> check(String yaml, String file, int firstLine, Diagnostics diagnostics) {
        Optional<YamlDocument> parsed = YamlDocument.parse(yaml, file, firstLine, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument quiz = parsed.get();
        SourcePosition start = SourcePosition.at(file, Math.max(firstLine - 1, 1), 1);
        quiz.warnUnknownKeys(KEYS, "QUIZ009", diagnostics);
        Optional<String> id = quiz.text("id", diagnostics);
        id.filter(value -> !ID.matcher(value).matches()).ifPresent(value -> diagnostics.error("QUIZ012",
                quiz.positionOf("id"), "quiz id `" + value + "` may hold only letters, digits, - and _",
                "write the id like a file name, e.g. `id: what-is-ai-1`"));
        Optional<String> question = quiz.text("question", diagnostics);
        if (id.isEmpty() || question.isEmpty()) {
            diagnostics.error("QUIZ001", start, "quiz has no " + (id.isEmpty() ? "`id`" : "`question`"),
                    "every quiz needs `id:` (unique in the course), `type:` and `question:`");
        }
        String typeName = quiz.text("type", diagnostics).orElse("");
        Optional<QuizType> type = QuizType.of(typeName);
        if (type.isEmpty()) {
            diagnostics.error("QUIZ002", quiz.positionOf("type"), typeName.isEmpty() ? "quiz has no `type`"
                    : "unknown quiz type `" + typeName + "`", Suggestions.closest(typeName, QuizType.names())
                    .map(t -> "did you mean `" + t + "`?").orElse("types: " + String.join(", ", QuizType.names())));
        }
        List<Quiz.Choice> choices = new ArrayList<>();
        boolean answer = false;
        double number = 0;
        double tolerance = 0;
        List<String> accepted = List.of();
        List<String> items = List.of();
        List<Quiz.Pair> pairs = new ArrayList<>();
        if (type.isPresent()) {
            switch (type.get()) {
                case SINGLE, MULTIPLE -> choices = choices(yaml, quiz, type.get(), start, diagnostics);
                case TRUE_FALSE -> answer = trueFalse(quiz, diagnostics);
                case NUMERIC -> {
                    number = number(quiz, "answer", diagnostics, true);
                    tolerance = quiz.has("tolerance") ? number(quiz, "tolerance", diagnostics, false) : 0;
                    if (tolerance < 0) {
                        diagnostics.error("QUIZ007", quiz.positionOf("tolerance"), "`tolerance` must not be negative",
                                "write how far from the answer a learner may be, e.g. `tolerance: 0.5`");
                    }
                }
                case SHORT_TEXT -> {
                    accepted = quiz.textList("answers", diagnostics);
                    require(!accepted.isEmpty() && accepted.stream().noneMatch(String::isBlank), quiz, "answers",
                            "a short-text quiz needs `answers:`, a list of accepted answers", diagnostics);
                }
                case ORDERING -> {
                    items = quiz.textList("items", diagnostics);
                    require(items.size() >= 2 && items.stream().noneMatch(String::isBlank), quiz, "items",
                            "an ordering quiz needs `items:`, at least two, listed in the right order", diagnostics);
                }
                case MATCHING -> pairs = pairs(quiz, diagnostics);
            }
        }
        int points = quiz.positiveInt("points", diagnostics).orElse(1);
        // Read before the check below: an explanation or hint that is not text is an error, so no quiz.
        String explanation = quiz.text("explanation", diagnostics).orElse("");
        String hint = quiz.text("hint", diagnostics).orElse("");
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id.get(), type.get(), question.get(), choices, answer, number, tolerance, accepted,
                items, pairs, explanation, hint, points, start));
    }

    private static void require(boolean condition, YamlDocument quiz, String key, String message, Diagnostics diagnostics) {
        if (!condition) {
            diagnostics.error("QUIZ003", quiz.positionOf(key), message, "see docs/quizzes.md for an example of each type");
        }
    }

    private static List<Quiz.Choice> choices(String yaml, YamlDocument quiz, QuizType type, SourcePosition start, Diagnostics diagnostics) {
        JsonNode list = quiz.raw("choices").orElse(null);
        if (list == null || !list.isArray() || list.isEmpty()) {
            diagnostics.error("QUIZ003", quiz.has("choices") ? quiz.positionOf("choices") : start,
                    "a " + type.label() + " quiz needs `choices:`, a list with at least two",
                    "write `choices:` then `- text: ...` with `correct: true` on the right one");
            return List.of();
        }
        List<Quiz.Choice> choices = new ArrayList<>();
        SourcePosition at = quiz.positionOf("choices");
        Matcher nullWord = NULL_CHOICE.matcher(yaml);
        Optional<String> writtenNull = nullWord.find() ? Optional.of(nullWord.group(1)) : Optional.empty();
        for (JsonNode item : list) {
            JsonNode value = item.isObject() ? item.path("text") : item;
            String text = value.asText("").strip();
            if (value.isBoolean()) {
                diagnostics.error("QUIZ010", at, "choice " + (choices.size() + 1) + " reads as the yes/no value `" + text + "`",
                        YamlDocument.QUOTE_YES_NO);
            } else if (value.isNull() && writtenNull.isPresent()) {
                // YAML turns an unquoted `null` (or `~`) into no value: the author wrote a word, not nothing.
                diagnostics.error("QUIZ006", at, "choice " + (choices.size() + 1) + " has no text: YAML reads the unquoted `"
                        + writtenNull.get() + "` as no value, not as a word", "to show the word, quote it: `- text: \""
                        + writtenNull.get() + "\"`");
            } else if (text.isEmpty()) {
                diagnostics.error("QUIZ006", at, "choice " + (choices.size() + 1) + " has no text",
                        "write `- text: ...` for every choice");
            }
            choices.add(new Quiz.Choice(text, item.path("correct").asBoolean(false), item.path("feedback").asText("").strip()));
        }
        long correct = choices.stream().filter(Quiz.Choice::correct).count();
        if (choices.size() < 2) {
            diagnostics.error("QUIZ003", at, "a " + type.label() + " quiz needs at least two choices", null);
        } else if (correct == 0) {
            diagnostics.error("QUIZ004", at, "no choice is marked `correct: true`", "mark the right answer with `correct: true`");
        } else if (type == QuizType.SINGLE && correct > 1) {
            diagnostics.error("QUIZ005", at, correct + " choices are marked correct in a single-choice quiz",
                    "mark exactly one, or use `type: multiple`");
        }
        return choices;
    }

    private static boolean trueFalse(YamlDocument quiz, Diagnostics diagnostics) {
        Optional<JsonNode> answer = quiz.raw("answer");
        if (answer.isEmpty() || !answer.get().isBoolean()) {
            diagnostics.error("QUIZ007", quiz.has("answer") ? quiz.positionOf("answer") : quiz.start(),
                    "a true-false quiz needs `answer: true` or `answer: false`", null);
            return false;
        }
        return answer.get().booleanValue();
    }

    private static double number(YamlDocument quiz, String key, Diagnostics diagnostics, boolean required) {
        Optional<JsonNode> value = quiz.raw(key);
        if (value.isPresent() && value.get().isNumber()) {
            return value.get().doubleValue();
        }
        if (value.isPresent() || required) {
            diagnostics.error("QUIZ007", quiz.has(key) ? quiz.positionOf(key) : quiz.start(), "`" + key + "` must be a number"
                    + value.map(v -> ", found `" + v.asText() + "`").orElse(""),
                    "write digits with a dot for decimals, e.g. `" + key + ": 12.5`");
        }
        return 0;
    }

    private static List<Quiz.Pair> pairs(YamlDocument quiz, Diagnostics diagnostics) {
        JsonNode list = quiz.raw("pairs").orElse(null);
        List<Quiz.Pair> pairs = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                pairs.add(new Quiz.Pair(item.path("left").asText("").strip(), item.path("right").asText("").strip()));
            }
        }
        require(pairs.size() >= 2 && pairs.stream().noneMatch(p -> p.left().isEmpty() || p.right().isEmpty()), quiz, "pairs",
                "a matching quiz needs `pairs:`, at least two, each with `left:` and `right:`", diagnostics);
        if (pairs.stream().map(Quiz.Pair::right).distinct().count() < pairs.size()) {
            diagnostics.error("QUIZ011", quiz.positionOf("pairs"), "two pairs have the same right side",
                    "make every right side different, or learners cannot tell which one is meant");
        }
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                if (item.path("left").isBoolean() || item.path("right").isBoolean()) {
                    diagnostics.error("QUIZ010", quiz.positionOf("pairs"), "a pair reads as a yes/no value",
                            YamlDocument.QUOTE_YES_NO);
                }
            }
        }
        return pairs;
    }
}
