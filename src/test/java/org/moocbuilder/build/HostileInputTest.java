package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;

/** Input that used to crash the build: each is now a positioned diagnostic or a page that works. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void thousandsOfNestedQuotesOrListsAreAnErrorAtTheirLineNotAStackOverflow() {
        BuildResult result = CourseFiles.build(dir, """
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                ---
                Fine.

                %s
                -- locales/ar/pages/course-a/01-basics/01-first.md --
                ---
                source: ""
                title: الأول
                ---
                %s
                """.formatted("> ".repeat(20_000) + "deep", "- ".repeat(3_000) + "deep"));
        assertFalse(result.written());
        assertEquals(List.of("content/course-a/01-basics/02-second.md:6 LES005"), CourseFiles.findings(result));
    }

    @Test
    void aTranslationNestedTooDeeplyIsNotUsedAndTheSourceIsShown() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
                -- locales/ar/course-a.po --
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"

                msgid "Intro text."
                msgstr "%s"
                """.formatted("> ".repeat(20_000) + "نص"));
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        assertEquals(List.of("locales/ar/course-a.po:5 TR001"), CourseFiles.findings(result));
        assertTrue(Files.readString(dir.resolve("site-out/ar/course-a/basics/index.html")).contains("Intro text."));
    }

    @Test
    void anAdaptationNestedTooDeeplyIsNotUsed() {
        BuildResult result = CourseFiles.build(dir, """
                -- locales/ar/pages/course-a/01-basics/01-first.md --
                ---
                source: ""
                title: الأول
                ---
                %s
                """.formatted("  ".repeat(150) + "- deep"));
        assertFalse(result.written());
        assertEquals(List.of("locales/ar/pages/course-a/01-basics/01-first.md:5 TR014"), CourseFiles.findings(result));
    }

    @Test
    void lessonFilesWithSpacesOrAngleBracketsInTheirNamesBuildAndLinkCorrectly() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
                -- content/course-a/01-basics/03 my new lesson.md --
                ---
                title: Third
                ---
                Back to [the first](01-first.md) and on to [the fourth](04-a<b.md).
                -- content/course-a/01-basics/04-a<b.md --
                ---
                title: Fourth
                ---
                See [the third](03%20my%20new%20lesson.md).
                """);
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        assertEquals(List.of(), result.checks(), "the links between them resolve");
        String third = Files.readString(dir.resolve("site-out/en/course-a/basics/my new lesson.html"));
        assertTrue(third.contains("href=\"first.html\""), third);
    }

    @Test
    void aPercentEncodedSchemeInAnAdaptationIsOnlyAFileNameThatDoesNotExist() {
        BuildResult result = CourseFiles.build(dir, """
                -- locales/ar/pages/course-a/01-basics/01-first.md --
                ---
                source: ""
                title: الأول
                ---
                [a](%6Aavascript:x)
                """);
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        assertTrue(CourseFiles.findings(result).stream().noneMatch(f -> f.endsWith("LINK009")), CourseFiles.findings(result).toString());
    }
}
