package org.moocbuilder.translate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.quiz.Quiz;

/**
 * Checks the quizzes of whole-page adaptations against the course they join in their language:
 * an id another quiz of the course already has is an error (learners' answers are saved by id),
 * and quizzes that are not the source lesson's are a warning (the course's progress counts the
 * source's quizzes). Each quiz was checked on its own when its adaptation was loaded.
 */
public final class AdaptedQuizzes {

    private AdaptedQuizzes() {
    }

    public static void check(Map<String, CourseQuizzes> courses, Iterable<LocaleTranslation> translations,
                             Diagnostics diagnostics) {
        for (LocaleTranslation translation : translations) {
            for (CourseQuizzes source : courses.values()) {
                check(source, translation, diagnostics);
            }
        }
    }

    private record Seen(SourcePosition at, boolean adapted) {
    }

    private static void check(CourseQuizzes source, LocaleTranslation translation, Diagnostics diagnostics) {
        Map<String, Seen> ids = new HashMap<>();
        for (CourseQuizzes.LessonQuizzes lesson : source.lessons()) {
            Optional<Adaptation> adaptation = translation.adaptation(lesson.lesson().body().sitePath());
            List<Quiz> shown = adaptation.map(Adaptation::quizzes).orElse(lesson.quizzes());
            for (Quiz quiz : shown) {
                Seen first = ids.putIfAbsent(quiz.id(), new Seen(quiz.at(), adaptation.isPresent()));
                // Two source quizzes with one id were reported when the source was read.
                if (first != null && (first.adapted() || adaptation.isPresent())) {
                    diagnostics.error("QUIZ008", quiz.at(), "quiz id `" + quiz.id() + "` is already used at " + first.at()
                            + " in the " + translation.locale().tag() + " course",
                            "give every quiz of a course its own id; learners' saved answers are kept by id");
                }
            }
            adaptation.ifPresent(a -> compareIds(lesson, a, diagnostics));
        }
    }

    private static void compareIds(CourseQuizzes.LessonQuizzes lesson, Adaptation adaptation, Diagnostics diagnostics) {
        List<String> source = lesson.quizzes().stream().map(Quiz::id).toList();
        List<String> adapted = adaptation.quizzes().stream().map(Quiz::id).toList();
        List<String> missing = source.stream().filter(id -> !adapted.contains(id)).toList();
        List<String> added = adapted.stream().filter(id -> !source.contains(id)).toList();
        if (missing.isEmpty() && added.isEmpty()) {
            return;
        }
        String what = (missing.isEmpty() ? "" : "it lacks " + ids(missing)) + (missing.isEmpty() || added.isEmpty() ? "" : " and ")
                + (added.isEmpty() ? "" : "it adds " + ids(added));
        diagnostics.warning("TR015", SourcePosition.ofFile(adaptation.file()), "the adaptation's quizzes are not the ones of "
                + lesson.lesson().body().file() + ": " + what + "; the course's progress counts the source's quizzes",
                "give each quiz of the source lesson its place in the adaptation, with the same `id:`");
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "`" + id + "`").toList());
    }
}
