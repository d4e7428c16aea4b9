package org.moocbuilder.quiz;

import java.util.List;
import org.moocbuilder.content.Lesson;

/** The quizzes of a course, lesson by lesson in course order. */
public record CourseQuizzes(String course, List<LessonQuizzes> lessons) {

    public CourseQuizzes {
        lessons = List.copyOf(lessons);
    }

    /** The quizzes of one lesson, in page order. */
    public record LessonQuizzes(Lesson lesson, List<Quiz> quizzes) {
        public LessonQuizzes {
            quizzes = List.copyOf(quizzes);
        }
    }

    public boolean isEmpty() {
        return lessons.stream().allMatch(l -> l.quizzes().isEmpty());
    }
}
