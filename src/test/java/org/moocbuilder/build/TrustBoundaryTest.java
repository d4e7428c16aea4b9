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
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.testing.CourseFiles;

/**
 * What a translator, or a file dropped into the project, sends the build: it may never reach a
 * learner's page as something that runs, nor make the build publish a file outside the project.
 */
class TrustBoundaryTest {

    @TempDir
    Path dir;

    private String page(String path) throws IOException {
        return Files.readString(dir.resolve("site-out/" + path));
    }

    @Test
    void attributeBlocksInATranslationNeverReachThePageAsHandlersOrStyles() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
                -- locales/ar/course-a.po --
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"

                msgid "Intro text."
                msgstr "نص *تمهيدي*{tabindex=0 autofocus onfocus=\\"alert(1)\\"}"

                msgid "Back to the [first](01-first.md)."
                msgstr "العودة إلى [الأول](01-first.md).{onclick=\\"alert(2)\\" style=\\"position:fixed;inset:0\\"}"
                """);
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        for (String path : List.of("ar/course-a/basics/index.html", "ar/course-a/basics/second.html")) {
            String html = page(path);
            for (String forbidden : List.of("onfocus", "onclick", "alert(", "position:fixed", "autofocus")) {
                assertFalse(html.contains(forbidden), forbidden + " reached " + path);
            }
        }
    }

    @Test
    void aTranslatorsTextWritingTheRenderersStandInsCannotPullOtherTextInOrLeaveANul() throws IOException {
        // The Markdown renderer sets long plain texts aside behind stand-ins (NUL, a number, NUL)
        // while flexmark writes the page: a translation writing such stand-ins itself gets U+FFFD.
        BuildResult result = CourseFiles.build(dir, """
                -- locales/ar/pages/course-a/01-basics/01-first.md --
                ---
                source: ""
                title: الأول
                ---
                نص طويل بما يكفي \u00000\u0000 ثم \u00001\u0000 في الوسط.

                فقرة ثانية طويلة بما يكفي لتوضع جانبا.
                """);
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        String html = page("ar/course-a/basics/first.html");
        assertFalse(html.contains("\u0000"), "a NUL reached the page");
        assertTrue(html.contains("نص طويل بما يكفي \ufffd0\ufffd ثم \ufffd1\ufffd في الوسط."), html);
        assertEquals(1, html.split("فقرة ثانية طويلة", -1).length - 1, "the second paragraph once, in its place: " + html);
    }

    @Test
    void aScriptLinkInAnAdaptationIsAnErrorAtItsLineAndNothingIsPublished() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, """
                -- locales/ar/pages/course-a/01-basics/02-second.md --
                ---
                source: ""
                title: الدرس الثاني
                ---
                ## النهاية

                انظر [هنا][r] و![صورة](x.png){onerror="alert(1)"}

                [r]: JaVaScRiPt:alert(1)
                """);
        Files.createDirectories(dir.resolve("site-out"));
        Files.writeString(dir.resolve("site-out/index.html"), "previous site");
        BuildResult result = new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
        assertFalse(result.written());
        assertTrue(CourseFiles.findings(result).contains("locales/ar/pages/course-a/01-basics/02-second.md:7 LINK009"), CourseFiles.findings(result).toString());
        assertEquals("previous site", page("index.html"));
    }

    @Test
    void quizFeedbackIsMadeSafeWhenTheSiteIsBuiltNotWhenTheLearnerAnswers() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
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
                    correct: true
                    feedback: Yes ![i](x.png){onerror="alert(1)"}
                  - text: That one
                    feedback: No
                ```
                """);
        String html = page("en/course-a/basics/second.html");
        assertFalse(html.contains("onerror"), html);
        assertTrue(result.written());
    }

    @Test
    void aFileLinkedInFromOutsideTheProjectIsRefusedNotPublished() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("mooc-secret", ".png"), "root:x:0:0");
        try {
            CourseFiles.write(dir, CourseFiles.MINIMAL, "");
            Files.createSymbolicLink(dir.resolve("content/course-a/01-basics/passwd.png"), secret);
            Files.createDirectories(dir.resolve("locales/ar/pages/course-a/01-basics"));
            Files.createSymbolicLink(dir.resolve("locales/ar/pages/course-a/01-basics/module.md"), secret);
            BuildResult result = new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
            assertFalse(result.written());
            Diagnostic refused = result.diagnostics().sorted().stream().filter(d -> d.code().equals("SRC003")).findFirst()
                    .orElseThrow();
            assertEquals("content/course-a/01-basics/passwd.png", refused.position().file());
            assertFalse(Files.exists(dir.resolve("site-out")));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aThemeFileLinkedInFromOutsideTheProjectIsNotPublished() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("mooc-secret", ".css"), "root:x:0:0");
        try {
            CourseFiles.write(dir, CourseFiles.MINIMAL, "-- themes/default/assets/own.css --\nbody { margin: 0 }\n");
            Files.createSymbolicLink(dir.resolve("themes/default/assets/passwd.css"), secret);
            Files.createSymbolicLink(dir.resolve("themes/default/assets/scorm.js"), secret);
            BuildResult result = new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
            assertTrue(result.written(), result.diagnostics().sorted().toString());
            assertTrue(Files.exists(dir.resolve("site-out/assets/own.css")), "the theme's own files are published");
            assertFalse(Files.exists(dir.resolve("site-out/assets/passwd.css")), "a link out of the theme is not followed");
            SiteBuilder.Analysis analysis = new SiteBuilder().analyze(new BuildRequest(dir, dir.resolve("site-out"), List.of()),
                    new org.moocbuilder.diag.Diagnostics()).orElseThrow();
            assertFalse(new String(analysis.theme().packageScript(), java.nio.charset.StandardCharsets.UTF_8).contains("root:x"),
                    "nor is it packed as the LMS script");
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aTranslatorsSvgThatCouldRunScriptIsRefused() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
                -- content/course-a/01-basics/diagram.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>
                -- locales/ar/pages/course-a/01-basics/diagram.svg --
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>
                """);
        assertFalse(result.written());
        assertEquals(List.of("locales/ar/pages/course-a/01-basics/diagram.svg:0 SRC004"), CourseFiles.findings(result));
    }

    @Test
    void anAuthorsSvgWithAScriptIsRefusedToo() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
                -- content/course-a/01-basics/chart.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><script>alert(2)</script></svg>
                -- content/course-a/01-basics/link.svg --
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                <a xlink:href=" jav&#x09;ascript:alert(3)"><text>x</text></a></svg>
                """);
        assertFalse(result.written());
        assertEquals(List.of("content/course-a/01-basics/chart.svg:0 SRC004", "content/course-a/01-basics/link.svg:0 SRC004"),
                CourseFiles.findings(result));
    }

    @Test
    void anSvgWhoseDtdDeclaresAnEntityIsRefusedForABrowserWouldExpandIt() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
                -- content/course-a/01-basics/diagram.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>
                -- locales/ar/pages/course-a/01-basics/diagram.svg --
                <!DOCTYPE svg [<!ENTITY x "<script xmlns='http://www.w3.org/2000/svg'>alert(4)</script>">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>
                """);
        assertFalse(result.written());
        assertEquals(List.of("locales/ar/pages/course-a/01-basics/diagram.svg:0 SRC004"), CourseFiles.findings(result));
    }
}
