package org.moocbuilder.quiz;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.moocbuilder.content.Lesson;

/** The quizzes of a course, lesson by lesson in course order. */
public record CourseQuizzes(String course, List<LessonQuizzes> lessons) {

    public CourseQuizzes {
        lessons = List.copyOf(lessons);
    }

    /**
     * The quizzes of one lesson, in page order.
     *
     * @param own whether the texts are already in the language they are shown in (a translator's
     *            adaptation wrote them), so they are not looked up in the bundles
     */
    public record LessonQuizzes(Lesson lesson, List<Quiz> quizzes, boolean own) {
        public LessonQuizzes {
            quizzes = List.copyOf(quizzes);
        }

        public LessonQuizzes(Lesson lesson, List<Quiz> quizzes) {
            this(lesson, quizzes, false);
        }
    }

    public boolean isEmpty() {
        return lessons.stream().allMatch(l -> l.quizzes().isEmpty());
    }

    /**
     * The course's quizzes in a language that adapts some of its lessons: those lessons' quizzes
     * are the adaptation's ({@code adapted} gives them, in that language), the others the source's.
     */
    public CourseQuizzes inLanguage(Function<Lesson, Optional<List<Quiz>>> adapted) {
        return new CourseQuizzes(course, lessons.stream()
                .map(l -> adapted.apply(l.lesson()).map(own -> new LessonQuizzes(l.lesson(), own, true)).orElse(l))
                .toList());
    }
}
