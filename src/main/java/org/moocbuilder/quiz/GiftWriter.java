package org.moocbuilder.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Moodle GIFT: a course's quizzes in one language, for import into Moodle's question bank.
 * GIFT has no ordering question, so an ordering quiz becomes a matching one (each item to its
 * position). Markdown is declared with GIFT's {@code [markdown]} format.
 */
public final class GiftWriter {

    private static final Pattern HTML_SUFFIX = Pattern.compile("\\.html$");

    private GiftWriter() {
    }

    /** Escapes GIFT's special characters: {@code ~ = # { } :} and the backslash itself. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    public static String write(CourseQuizzes course, Function<String, Optional<String>> translate) {
        Map<String, String> written = new HashMap<>();
        Function<String, String> looked = s -> written.computeIfAbsent(s, t -> escape(translate.apply(t).orElse(t)));
        StringBuilder out = new StringBuilder("// Quizzes of ").append(course.course())
                .append(", written by MOOC Builder for Moodle's GIFT import.\n\n");
        for (CourseQuizzes.LessonQuizzes lesson : course.lessons()) {
            if (lesson.quizzes().isEmpty()) {
                continue;
            }
            // An adapted lesson's quizzes are written in the file's language: nothing to look up.
            Function<String, String> text = lesson.own() ? GiftWriter::escape : looked;
            String page = HTML_SUFFIX.matcher(lesson.lesson().outputPath()).replaceFirst("");
            out.append("$CATEGORY: ").append(escape(page)).append("\n\n");
            for (Quiz quiz : lesson.quizzes()) {
                out.append("::").append(escape(quiz.id())).append("::[markdown]").append(text.apply(quiz.question()))
                        .append(" {\n");
                answers(out, quiz, text);
                if (!quiz.explanation().isEmpty()) {
                    out.append("\t####").append(text.apply(quiz.explanation())).append('\n');
                }
                out.append("}\n\n");
            }
        }
        return out.toString();
    }

    private static void answers(StringBuilder out, Quiz quiz, Function<String, String> text) {
        switch (quiz.type()) {
            case SINGLE -> quiz.choices().forEach(c -> out.append('\t').append(c.correct() ? '=' : '~')
                    .append(text.apply(c.text())).append(feedback(c, text)).append('\n'));
            case MULTIPLE -> {
                long right = quiz.choices().stream().filter(Quiz.Choice::correct).count();
                long wrong = quiz.choices().size() - right;
                for (Quiz.Choice c : quiz.choices()) {
                    out.append("\t~%").append(weight(c.correct() ? 100.0 / right : -100.0 / Math.max(wrong, 1))).append('%')
                            .append(text.apply(c.text())).append(feedback(c, text)).append('\n');
                }
            }
            case TRUE_FALSE -> out.append('\t').append(quiz.answer() ? "TRUE" : "FALSE").append('\n');
            case NUMERIC -> out.append("\t#").append(number(quiz.number())).append(':').append(number(quiz.tolerance())).append('\n');
            case SHORT_TEXT -> {
                for (String accepted : Quiz.acceptedAnswers(text.apply(quiz.acceptedText()))) {
                    out.append("\t=").append(accepted).append('\n');
                }
            }
            case ORDERING -> {
                List<String> items = quiz.items();
                for (int i = 0; i < items.size(); i++) {
                    out.append("\t=").append(text.apply(items.get(i))).append(" -> ").append(i + 1).append('\n');
                }
            }
            case MATCHING -> quiz.pairs().forEach(p -> out.append("\t=").append(text.apply(p.left())).append(" -> ")
                    .append(text.apply(p.right())).append('\n'));
        }
    }

    private static String feedback(Quiz.Choice choice, Function<String, String> text) {
        return choice.feedback().isEmpty() ? "" : " #" + text.apply(choice.feedback());
    }

    /** Moodle accepts only its own list of percentages; the nearest of them. */
    static String weight(double percent) {
        double[] allowed = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
                12.5, 11.11111, 10, 5};
        double best = allowed[0];
        for (double candidate : allowed) {
            if (Math.abs(candidate - Math.abs(percent)) < Math.abs(best - Math.abs(percent))) {
                best = candidate;
            }
        }
        return (percent < 0 ? "-" : "") + number(best);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
