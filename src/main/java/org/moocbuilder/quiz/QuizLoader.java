package org.moocbuilder.quiz;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.parallel.Parallel;

/**
 * Finds and checks every quiz of a site: each fence is parsed and validated at its lines in the
 * lesson file, and an id used twice in a course is an error at both places.
 */
public final class QuizLoader {

    private final MarkdownRenderer markdown;
    private final Memo memo;

    public QuizLoader(MarkdownRenderer markdown) {
        this(markdown, Memo.none());
    }

    /** A loader that keeps each lesson's quizzes in {@code memo}, for live rebuilds. */
    public QuizLoader(MarkdownRenderer markdown, Memo memo) {
        this.markdown = markdown;
        this.memo = memo;
    }

    public Map<String, CourseQuizzes> load(Site site, Diagnostics diagnostics) {
        // Reading a lesson's quizzes parses its Markdown: every lesson in parallel, then the ids
        // checked lesson by lesson in course order, so the first use of an id is the one kept.
        List<Lesson> all = site.courses().stream().flatMap(course -> course.lessons().stream()).toList();
        Iterator<List<Quiz>> read = Parallel.map(all, lesson -> quizzes(lesson, diagnostics)).iterator();
        Map<String, CourseQuizzes> result = new HashMap<>();
        for (Course course : site.courses()) {
            List<CourseQuizzes.LessonQuizzes> lessons = new ArrayList<>();
            Map<String, SourcePosition> ids = new HashMap<>();
            for (Lesson lesson : course.lessons()) {
                List<Quiz> quizzes = read.next();
                for (Quiz quiz : quizzes) {
                    SourcePosition first = ids.putIfAbsent(quiz.id(), quiz.at());
                    if (first != null) {
                        diagnostics.error("QUIZ008", quiz.at(), "quiz id `" + quiz.id() + "` is already used at " + first,
                                "give every quiz of a course its own id; learners' saved answers are kept by id");
                    }
                }
                lessons.add(new CourseQuizzes.LessonQuizzes(lesson, quizzes));
            }
            result.put(course.slug(), new CourseQuizzes(course.slug(), lessons));
        }
        return result;
    }

    private List<Quiz> quizzes(Lesson lesson, Diagnostics diagnostics) {
        return quizzes(lesson.body(), diagnostics);
    }

    /**
     * The quizzes of one page's Markdown (a lesson, or a translator's adaptation of one), each
     * checked and reported at its lines in that page's file; a quiz with errors is left out.
     */
    public List<Quiz> quizzes(MarkdownSource page, Diagnostics diagnostics) {
        if (!page.markdown().contains("quiz")) {
            return List.of();
        }
        return memo.reported("quizzes", page, diagnostics, found -> parse(page, found));
    }

    private List<Quiz> parse(MarkdownSource page, Diagnostics diagnostics) {
        Document document = markdown.parse(page.markdown());
        List<Quiz> quizzes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock fence && fence.getInfo().toString().strip().equals("quiz")) {
                int firstLine = page.firstLine() + document.getLineNumber(fence.getContentChars().getStartOffset());
                QuizParser.parse(fence.getContentChars().toString(), page.file(), firstLine, diagnostics)
                        .ifPresent(quizzes::add);
            }
        }
        return List.copyOf(quizzes);
    }
}
