package org.moocbuilder.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.moocbuilder.i18n.LocaleInfo;

/**
 * {@code <lang>/<course>/quizzes.json}: every quiz of a course in one language, for learning
 * platforms and analytics (schema in docs/quizzes.md; {@code version} changes only when a field
 * changes meaning). Strings are Markdown; untranslated ones are the source text, listed in
 * {@code untranslated}.
 */
public final class QuizExport {

    /** The version of the file's schema. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QuizExport() {
    }

    /** Where the file goes, under the output folder. */
    public static String path(CourseQuizzes course, LocaleInfo locale) {
        return locale.tag() + "/" + course.course() + "/quizzes.json";
    }

    /** The file's bytes: UTF-8 JSON. */
    public static byte[] of(CourseQuizzes course, LocaleInfo locale, LocaleInfo source,
                                Function<String, Optional<String>> translate) {
        // Each text is looked up once, though the list of untranslated texts asks again.
        Map<String, Optional<String>> translations = new HashMap<>();
        Function<String, Optional<String>> lookup = s -> translations.computeIfAbsent(s, translate);
        Function<String, String> looked = s -> locale.equals(source) ? s : lookup.apply(s).orElse(s);
        List<Object> quizzes = new ArrayList<>();
        for (CourseQuizzes.LessonQuizzes lesson : course.lessons()) {
            // An adapted lesson's quizzes are written in this language: nothing to look up, nothing untranslated.
            Function<String, String> text = lesson.own() ? Function.identity() : looked;
            boolean lookedUp = !lesson.own() && !locale.equals(source);
            for (Quiz quiz : lesson.quizzes()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", quiz.id());
                entry.put("type", quiz.type().label());
                entry.put("lesson", lesson.lesson().outputPath());
                entry.put("points", quiz.points());
                entry.put("question", text.apply(quiz.question()));
                switch (quiz.type()) {
                    case SINGLE, MULTIPLE -> {
                        List<Object> choices = new ArrayList<>();
                        for (Quiz.Choice choice : quiz.choices()) {
                            Map<String, Object> c = new LinkedHashMap<>();
                            c.put("text", text.apply(choice.text()));
                            c.put("correct", choice.correct());
                            c.put("feedback", choice.feedback().isEmpty() ? "" : text.apply(choice.feedback()));
                            choices.add(c);
                        }
                        entry.put("choices", choices);
                    }
                    case TRUE_FALSE -> entry.put("answer", quiz.answer());
                    case NUMERIC -> {
                        entry.put("answer", quiz.number());
                        entry.put("tolerance", quiz.tolerance());
                    }
                    case SHORT_TEXT -> entry.put("answers", Quiz.acceptedAnswers(text.apply(quiz.acceptedText())));
                    case ORDERING -> entry.put("items", quiz.items().stream().map(text).toList());
                    case MATCHING -> entry.put("pairs", quiz.pairs().stream()
                            .map(p -> pair(text.apply(p.left()), text.apply(p.right()))).toList());
                }
                entry.put("hint", quiz.hint().isEmpty() ? "" : text.apply(quiz.hint()));
                entry.put("explanation", quiz.explanation().isEmpty() ? "" : text.apply(quiz.explanation()));
                entry.put("untranslated", !lookedUp ? List.of()
                        : quiz.texts().stream().map(Quiz.Text::text).filter(s -> lookup.apply(s).isEmpty()).toList());
                quizzes.add(entry);
            }
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("version", VERSION);
        file.put("course", course.course());
        file.put("locale", locale.tag());
        file.put("sourceLocale", source.tag());
        file.put("quizzes", quizzes);
        try {
            return (JSON.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quizzes are plain data", e);
        }
    }

    private static Map<String, Object> pair(String left, String right) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("left", left);
        pair.put("right", right);
        return pair;
    }
}
