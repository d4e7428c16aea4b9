package org.moocbuilder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.testing.CourseFiles;

/**
 * A live session keeps what it parsed between updates; what an author sees after a save must be
 * what a fresh build would show: new text where a file changed, the old one's translations and
 * findings where it did not.
 */
class LiveSiteTest {

    private static final String CATALOG = """
            -- locales/ar/course-a.po --
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"

            msgid "Start"
            msgstr "البداية"

            msgid "See the [second lesson](02-second.md#end)."
            msgstr "انظر [الدرس الثاني](elsewhere.md)."
            """;

    @TempDir
    Path dir;

    @Test
    void anEditedCatalogIsReadAgainWhileAnUnchangedOneKeepsItsTranslations() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, CATALOG);
        LiveSite site = new LiveSite(dir);
        assertTrue(site.update(Set.of()).ok());
        assertTrue(page(site, "ar/course-a/basics/first.html").contains("البداية"));

        Path lesson = dir.resolve("content/course-a/01-basics/01-first.md");
        Files.writeString(lesson, Files.readString(lesson).replace("## Start", "## Start\n\nA new paragraph."));
        assertTrue(site.update(Set.of(lesson)).ok());
        String arabic = page(site, "ar/course-a/basics/first.html");
        assertTrue(arabic.contains("A new paragraph."), "the edit is shown");
        assertTrue(arabic.contains("البداية"), "the unchanged catalog still translates the heading");

        Path catalog = dir.resolve("locales/ar/course-a.po");
        Files.writeString(catalog, Files.readString(catalog).replace("البداية", "المقدمة"), StandardCharsets.UTF_8);
        assertTrue(site.update(Set.of(catalog)).ok());
        arabic = page(site, "ar/course-a/basics/first.html");
        assertTrue(arabic.contains("المقدمة"), "the new translation is shown");
        assertFalse(arabic.contains("البداية"), "the old translation is gone");
    }

    @Test
    void findingsOfFilesThatDidNotChangeAreReportedAtEveryUpdate() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, CATALOG);
        LiveSite site = new LiveSite(dir);
        LiveSite.Update first = site.update(Set.of());
        assertEquals(List.of("locales/ar/course-a.po:8 TR001"), codes(first, "TR001"));

        Path other = dir.resolve("content/course-a/01-basics/02-second.md");
        Files.writeString(other, Files.readString(other).replace("Back to", "Go back to"));
        LiveSite.Update second = site.update(Set.of(other));
        assertTrue(second.ok());
        assertEquals(codes(first, "TR001"), codes(second, "TR001"), "the catalog's finding is not lost when it is reused");
    }

    @Test
    void aBrokenQuizInALessonNobodyEditedStillFailsTheNextUpdate() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, """
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                ---
                ## End

                ```quiz
                id: q1
                type: single
                question: Which one?
                choices:
                  - text: This one
                  - text: That one
                ```
                """);
        LiveSite site = new LiveSite(dir);
        LiveSite.Update first = site.update(Set.of());
        assertFalse(first.ok(), "a quiz without a correct answer is an error");
        List<String> errors = first.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();

        Path lesson = dir.resolve("content/course-a/01-basics/01-first.md");
        Files.writeString(lesson, Files.readString(lesson).replace("## Start", "## Begin"));
        LiveSite.Update second = site.update(Set.of(lesson));
        assertFalse(second.ok(), "the broken quiz is still broken");
        assertEquals(errors, second.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList());
    }

    private static String page(LiveSite site, String path) {
        return new String(site.file(path).orElseThrow(() -> new AssertionError("no page " + path)), StandardCharsets.UTF_8);
    }

    private static List<String> codes(LiveSite.Update update, String code) {
        return update.diagnostics().stream().filter(d -> d.code().equals(code))
                .map(d -> d.position().file() + ":" + d.position().line() + " " + d.code()).toList();
    }
}
