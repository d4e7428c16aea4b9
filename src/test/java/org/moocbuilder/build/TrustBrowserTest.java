package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.BrowserScript;
import org.moocbuilder.testing.CourseFiles;

/**
 * The payloads of TrustBoundaryTest that build, in a real browser (src/test/browser/payloads.mjs):
 * a learner hovers, tabs, clicks and answers the quizzes, and no planted script runs.
 */
class TrustBrowserTest {

    @TempDir
    Path dir;

    @Test
    void nothingAnAuthorsAttributesATranslatorOrQuizFeedbackPlantedRunsInTheBrowser() throws Exception {
        BrowserScript.assumeBrowser();
        BuildResult result = CourseFiles.build(dir, """
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                ---
                ## End

                A *word*{onmouseover="alert('author')"} and [a link](01-first.md){onclick="alert('author link')"}
                and [another](01-first.md){href="JaVa&#x09;Script:alert('href')"}.

                ```quiz
                id: q1
                type: single
                question: Which one?
                choices:
                  - text: This one
                    correct: true
                    feedback: Yes ![i](x.png){onerror="alert('quiz feedback')"}
                  - text: That one
                    feedback: No <img src=x onerror="alert('raw feedback')">
                hint: Think *again*{onfocus="alert('hint')" tabindex=0 autofocus}
                ```
                -- locales/ar/course-a.po --
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"

                msgid "Intro text."
                msgstr "نص *تمهيدي*{tabindex=0 autofocus onfocus=\\"alert('po')\\"} <img src=x onerror=alert('po html')>"

                msgid "End"
                msgstr "النهاية{onclick=\\"alert('po heading')\\" style=\\"position:fixed;inset:0\\"}"
                -- locales/ar/pages/course-a/01-basics/01-first.md --
                ---
                source: ""
                title: الأول
                ---
                ## البداية

                [رابط](02-second.md){onclick="alert('adaptation')"} و*كلمة*{onfocus="alert(5)" tabindex=0 autofocus}
                <img src=x onerror="alert('adaptation html')">

                نص طويل بما يكفي \u00000\u0000 ثم \u00001\u0000 في الوسط، بعد الصورة.
                """);
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        String output = BrowserScript.run(dir.resolve("site-out"), "payloads.mjs",
                "en/course-a/basics/index.html", "en/course-a/basics/second.html",
                "ar/course-a/basics/index.html", "ar/course-a/basics/first.html", "ar/course-a/basics/second.html");
        assertTrue(output.contains("no script ran on 5 pages"), output);
    }
}
