package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.testing.CourseFiles;

/**
 * A key given twice in YAML is an error at its second line in every YAML the build reads: YAML
 * keeps only the last one, so the first (a list of languages, say) would leave the site silently.
 */
class DuplicateKeyTest {

    @TempDir
    Path dir;

    private List<String> errorsOf(String changes) {
        BuildResult result = CourseFiles.build(dir, changes);
        assertFalse(result.written(), "nothing is written");
        return result.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    }

    private static String duplicate(String at, String key, int firstLine) {
        return at + ": error[YAML009]: duplicate key `" + key + "` (first at line " + firstLine
                + "); YAML would keep only the last one and drop the other silently\n"
                + "  hint: keep one `" + key + ":` and put everything it should hold under it";
    }

    @Test
    void aSecondLocalesKeyInSiteYmlIsAnErrorAtItsLineInsteadOfDroppingALanguage() {
        assertEquals(List.of(duplicate("content/site.yml:5:1", "locales", 2)), errorsOf("""
                -- content/site.yml --
                title: Test Academy
                locales:
                  - ar
                  # French is next
                locales: [fr]
                """));
    }

    @Test
    void aKeyGivenTwiceInCourseYmlIsAnError() {
        assertEquals(List.of(duplicate("content/course-a/course.yml:3:1", "title", 1)), errorsOf("""
                -- content/course-a/course.yml --
                title: Course A
                summary: A short course.
                title: Course A, revised
                """));
    }

    @Test
    void aKeyGivenTwiceInALessonsFrontMatterIsAnErrorAtItsLineInTheFile() {
        assertEquals(List.of(duplicate("content/course-a/01-basics/02-second.md:4:1", "duration", 3)), errorsOf("""
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                duration: 10
                duration: 20
                ---
                Body.
                """));
    }

    @Test
    void aKeyGivenTwiceInModuleMdIsAnError() {
        assertEquals(List.of(duplicate("content/course-a/01-basics/module.md:3:1", "title", 2)), errorsOf("""
                -- content/course-a/01-basics/module.md --
                ---
                title: Basics
                title: The basics
                ---
                Intro text.
                """));
    }

    @Test
    void aKeyGivenTwiceInAnAdaptationsFrontMatterIsAnError() {
        assertEquals(List.of(duplicate("locales/ar/pages/course-a/01-basics/01-first.md:4:1", "title", 3)), errorsOf("""
                -- locales/ar/pages/course-a/01-basics/01-first.md --
                ---
                source: "0"
                title: الدرس الأول
                title: الدرس
                ---
                نص.
                """));
    }

    @Test
    void aKeyGivenTwiceInsideAQuizChoiceIsAnErrorAtItsColumn() {
        assertEquals(List.of(duplicate("content/course-a/01-basics/02-second.md:11:5", "correct", 10)), errorsOf("""
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                ---
                ```quiz
                id: q1
                type: single
                question: Which one?
                choices:
                  - text: This one
                    correct: true
                    correct: false
                  - text: That one
                ```
                """));
    }

    @Test
    void everyDuplicateOfAFileIsReportedAtOnce() {
        assertEquals(List.of(duplicate("content/course-a/course.yml:2:1", "title", 1),
                duplicate("content/course-a/course.yml:4:1", "summary", 3)), errorsOf("""
                -- content/course-a/course.yml --
                title: Course A
                title: Course A
                summary: One.
                summary: Two.
                """));
    }
}
