package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.testing.CourseFiles;

/** Each kind of bad input gives a positioned, actionable diagnostic, and errors stop the build. */
class BadInputTest {

    @TempDir
    Path dir;

    private BuildResult build(String changes) {
        return CourseFiles.build(dir, changes);
    }

    private static List<String> formatted(BuildResult result) {
        return result.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void theMinimalCourseBuildsWithoutFindings() throws IOException {
        BuildResult result = build("");
        assertEquals(List.of(), formatted(result));
        assertTrue(result.written());
        assertTrue(Files.isRegularFile(dir.resolve("site-out/ar/course-a/basics/first.html")));
    }

    @Test
    void malformedFrontMatterIsAnErrorAtItsLine() throws IOException {
        BuildResult result = build("""
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First
                objectives: [one, two
                ---
                Body.
                """);
        assertFalse(result.written());
        assertEquals(List.of("content/course-a/01-basics/01-first.md:3:22: error[YAML001]: invalid YAML: while parsing a flow sequence\n"
                + "  hint: check indentation, and quote values that contain a colon followed by a space"), formatted(result));
    }

    @Test
    void aQuizThatGoesOnAfterADocumentMarkerIsAnErrorAtItsLineNotAnInternalError() throws IOException {
        // Found by QuizParserFuzzTest and FrontMatterFuzzTest: reading past `---` threw, and the build ended with a stack trace.
        BuildResult result = build("""
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First
                ---
                ```quiz
                id: q1
                type: true-false
                question: Is it?
                answer: true
                ---
                explanation: [oops
                ```
                """);
        assertFalse(result.written());
        assertEquals(List.of("content/course-a/01-basics/01-first.md:10:19: error[YAML001]: invalid YAML: while parsing a flow sequence\n"
                + "  hint: check indentation, and quote values that contain a colon followed by a space"), formatted(result));
    }

    @Test
    void unknownCourseKeyIsAWarningNamingTheClosestValidKey() throws IOException {
        BuildResult result = build("""
                -- content/course-a/course.yml --
                title: Course A
                licnce: CC BY 4.0
                """);
        assertTrue(result.written());
        assertEquals(List.of("content/course-a/course.yml:2:1: warning[CRS002]: unknown key `licnce`; it is ignored\n"
                + "  hint: did you mean `licence`?"), formatted(result));
    }

    @Test
    void aMasteryScoreThatIsNotAPercentageIsAnErrorAtItsKey() throws IOException {
        for (String value : List.of("101", "-1", "75.5", "high")) {
            BuildResult result = build("""
                    -- content/course-a/course.yml --
                    title: Course A
                    masteryScore: %s
                    """.formatted(value));
            assertFalse(result.written(), value);
            assertEquals(List.of("content/course-a/course.yml:2:1: error[CRS010]: `masteryScore` must be a whole number"
                    + " from 0 to 100, found `" + value + "`\n  hint: the percentage of a lesson's quizzes a learner must"
                    + " answer right to pass it in an LMS, for example `masteryScore: 80`"), formatted(result));
        }
        assertTrue(build("""
                -- content/course-a/course.yml --
                title: Course A
                masteryScore: 0
                """).written());
    }

    @Test
    void lessonWithoutTitleIsAnError() throws IOException {
        BuildResult result = build("""
                -- content/course-a/01-basics/02-second.md --
                ---
                duration: 5
                ---
                Body.
                """);
        assertFalse(result.written());
        assertEquals(List.of("content/course-a/01-basics/02-second.md:2:1: error[LES001]: lesson has no title\n"
                + "  hint: add `title: ...` to the front matter between the `---` lines at the top of the file"), formatted(result));
    }

    @Test
    void moduleFolderWithoutLessonsIsLeftOutWithAWarning() throws IOException {
        BuildResult result = build("""
                -- content/course-a/02-empty/module.md --
                ---
                title: Empty
                ---
                Nothing yet.
                """);
        assertTrue(result.written());
        assertEquals(List.of("content/course-a/02-empty/: warning[MOD001]: module has no lessons, so it is left out\n"
                + "  hint: add a lesson file such as 01-introduction.md"), formatted(result));
        assertFalse(Files.exists(dir.resolve("site-out/en/course-a/empty")));
    }

    @Test
    void aModuleWhoseLessonsFailedToLoadSaysSoInsteadOfHavingNoLessons() throws IOException {
        BuildResult result = build("""
                -- content/course-a/02-broken/module.md --
                ---
                title: Broken
                ---
                -- content/course-a/02-broken/01-only.md --
                ---
                title: [unclosed
                ---
                Text.
                """);
        List<String> found = formatted(result);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("content/course-a/02-broken/01-only.md:2:")), found.toString());
        assertTrue(found.contains("content/course-a/02-broken/: warning[MOD001]: none of the module's 1 lesson file(s) could be"
                + " read, so it is left out\n  hint: fix the errors reported for its lesson files above"), found.toString());
    }

    @Test
    void invalidUtf8IsAnErrorAtTheBadByte() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        Files.write(dir.resolve("content/course-a/01-basics/02-second.md"),
                "---\ntitle: Caf\u00e9\n---\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        BuildResult result = new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
        assertFalse(result.written());
        assertEquals(List.of("content/course-a/01-basics/02-second.md:2:11: error[SRC002]: invalid UTF-8 byte 0xE9\n"
                + "  hint: save the file as UTF-8 in your editor (it may be in Windows-1252 or Latin-1)"), formatted(result));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreReadNormally() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        Files.writeString(dir.resolve("content/course-a/01-basics/02-second.md"),
                "\uFEFF---\r\ntitle: Second lesson\r\n---\r\n## End\r\n\r\nA [missing](04-none.md) link.\r\n");
        BuildResult result = new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
        assertTrue(result.written());
        assertEquals(List.of("content/course-a/01-basics/02-second.md:6:3: warning[LINK001]: link to a lesson `04-none.md`"
                + " that does not exist (looked for content/course-a/01-basics/04-none.md)\n"
                + "  hint: check the path; it is relative to this file's folder"), formatted(result));
        String page = Files.readString(dir.resolve("site-out/en/course-a/basics/second.html"));
        assertTrue(page.contains("<h1>Second lesson</h1>"), page);
    }

    @Test
    void unknownLocaleCodesAreErrors() throws IOException {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar, xx, fr_FR]
                """);
        assertFalse(result.written());
        String hint = "\n  hint: use a BCP 47 language tag such as `fr`, `ar`, `zh` or `pt-BR` (a hyphen, not an underscore)";
        assertEquals(List.of(
                "content/site.yml:3:1: error[CFG004]: unknown locale code `fr_FR`" + hint,
                "content/site.yml:3:1: error[CFG004]: unknown locale code `xx`" + hint), formatted(result));
    }

    @Test
    void themeTemplateSyntaxErrorNamesTheTemplateAndLine() throws IOException {
        BuildResult result = build("""
                -- themes/default/templates/lesson.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <#if lesson.title>
                </@layout.shell>
                """);
        assertFalse(result.written());
        List<String> found = formatted(result);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("themes/default/templates/lesson.ftlh:4:1: error[THM002]: template syntax error: "),
                found.get(0));
    }

    @Test
    void aTemplateThatFailsWhileRenderingIsReportedAtItsLine() throws IOException {
        BuildResult result = build("""
                -- themes/default/templates/course.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <h1>${course.nonsense}</h1>
                </@layout.shell>
                """);
        assertFalse(result.written());
        assertTrue(formatted(result).get(0).startsWith(
                "themes/default/templates/course.ftlh:3:7: error[THM003]: template failed while rendering course page: "
                        + "The following has evaluated to null or missing: ==> course.nonsense\n"), formatted(result).get(0));
    }

    @Test
    void missingSiteYmlIsAnError() throws IOException {
        BuildResult result = build("""
                -- content/site.yml --
                DELETE
                """);
        assertFalse(result.written());
        assertEquals(List.of("content/site.yml: error[CFG001]: site.yml is missing\n"
                + "  hint: create it with at least `title:` and `sourceLocale:`; see docs/content-model.md"), formatted(result));
    }

    @Test
    void aQuizIdUsedTwiceInACourseIsAnErrorAndQuizErrorsStopTheBuild() {
        String quiz = "```quiz\nid: same\ntype: true-false\nquestion: Is it?\nanswer: true\n```\n";
        BuildResult result = build("""
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First lesson
                ---
                ## Start

                %s
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                ---
                ## End

                %s
                ```quiz
                id: other
                type: sngle
                question: Q
                ```
                """.formatted(quiz, quiz));
        assertFalse(result.written());
        assertEquals(List.of(
                "content/course-a/01-basics/02-second.md:6:1: error[QUIZ008]: quiz id `same` is already used at"
                        + " content/course-a/01-basics/01-first.md:6:1\n  hint: give every quiz of a course its own id;"
                        + " learners' saved answers are kept by id",
                "content/course-a/01-basics/02-second.md:15:1: error[QUIZ002]: unknown quiz type `sngle`\n"
                        + "  hint: did you mean `single`?"), formatted(result));
    }
}
