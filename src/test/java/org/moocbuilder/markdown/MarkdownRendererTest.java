package org.moocbuilder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocbuilder.config.CheckSettings;
import org.moocbuilder.config.CourseConfig;
import org.moocbuilder.config.ReadingTarget;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.content.Asset;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.FieldPositions;
import org.moocbuilder.i18n.TestMessages;

class MarkdownRendererTest {

    private static final String LESSON = "course/01-mod/01-one.md";

    private final LinkIndex links = LinkIndex.of(new Site(
            new SiteConfig("S", "en", List.of(), "default", Optional.empty(), false, false,
                    CheckSettings.DEFAULTS, FieldPositions.none("site.yml")),
            List.of(new Course("course", new CourseConfig("C", "", "", "", Optional.empty(), "", List.of(), List.of(), ReadingTarget.NONE, Optional.empty(),
                    FieldPositions.none("course.yml")),
                    List.of(new Module("mod", "M", "", new MarkdownSource("m", "course/01-mod/module.md", "", 1),
                            List.of(lesson("01-one.md", "one"), lesson("02-two.md", "two")), "course/mod/index.html",
                            FieldPositions.none("module.md"))),
                    List.of(new Asset(Path.of("x"), "course/01-mod/diagram.svg",
                            "course/mod/diagram.svg")),
                    "course/index.html"))));

    private static Lesson lesson(String file, String slug) {
        return new Lesson(slug, slug, "", Optional.empty(), List.of(),
                new MarkdownSource("content/course/01-mod/" + file, "course/01-mod/" + file, "", 1),
                "course/mod/" + slug + ".html", FieldPositions.none(file));
    }

    private final Diagnostics diagnostics = new Diagnostics();

    private String render(String markdown, boolean allowRawHtml) {
        MarkdownRenderer renderer = new MarkdownRenderer(TestMessages.english(), allowRawHtml);
        return renderer.render(new MarkdownSource("content/" + LESSON, LESSON, markdown, 5), "course/mod/one.html",
                links, diagnostics).html();
    }

    private String render(String markdown) {
        return render(markdown, false);
    }

    @Test
    void escapesRawHtmlUnlessTheSiteOptsIn() {
        String markdown = "Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<div>block</div>\n";
        String escaped = render(markdown);
        assertFalse(escaped.contains("<script>"), escaped);
        assertFalse(escaped.contains("<b onclick"), escaped);
        assertTrue(escaped.contains("&lt;script&gt;"), escaped);
        assertTrue(render(markdown, true).contains("<div>block</div>"));
    }

    @Test
    void attributeBlocksCannotAddEventHandlersStylesOrScriptAddresses() {
        String html = render("""
                A *word*{tabindex=0 autofocus onfocus="alert(1)"} and a paragraph.
                {onclick="alert(2)" style="position:fixed;inset:0" .note #keep lang=fr}

                [a link](https://example.org){href="javascript:alert(3)" OnMouseOver="alert(4)"}

                ![image](diagram.svg){onerror="alert(5)" width=200}
                """);
        for (String forbidden : List.of("onfocus", "onclick", "style=", "autofocus", "tabindex", "javascript", "OnMouseOver",
                "onerror", "alert")) {
            assertFalse(html.contains(forbidden), forbidden + " in " + html);
        }
        assertTrue(html.contains("class=\"note\"") && html.contains("id=\"keep\"") && html.contains("lang=\"fr\""), html);
        assertTrue(html.contains("width=\"200\""), html);
        assertTrue(html.contains("<a>a link</a>"), "the unsafe href is dropped, the text stays: " + html);
    }

    @Test
    void linksAndImagesWithAScriptSchemeInAnySpellingAreRefusedAtTheirLine() {
        String html = render("""
                [a](JaVaScRiPt:alert(1)) [b][r] [c](&#106;avascript:alert(2)) [d](java&#x09;script:alert(3))
                [e](vbscript:msgbox) ![f](data:text/html;base64,PHNjcmlwdD4=) [g](%6Aavascript:x)

                [r]: JAVASCRIPT:alert(4)
                """);
        for (String text : List.of("a", "b", "c", "d", "e")) {
            assertTrue(html.contains("<a>" + text + "</a>"), "link " + text + " keeps its text, loses its address: " + html);
        }
        assertTrue(html.contains("<img alt=\"f\""), html);
        assertFalse(html.contains("data:"), html);
        List<String> refused = diagnostics.sorted().stream().filter(d -> d.code().equals("LINK009"))
                .map(d -> d.position().line() + ":" + d.position().column()).toList();
        assertEquals(List.of("5:1", "5:26", "5:33", "5:63", "6:1", "6:22"), refused);
        assertTrue(html.contains("href=\"%6Aavascript:x\""), "percent-encoded, it is a relative file name a browser never runs: "
                + html);
    }

    @Test
    void givesHeadingsReadableIdsInEveryScript() {
        String html = render("## Что такое ИИ?\n\n## مقدمة الدرس\n\n## 机器学习的基础\n\n## Summary\n\n## Summary\n");
        assertTrue(html.contains("<h2 id=\"что-такое-ии\">"), html);
        assertTrue(html.contains("<h2 id=\"مقدمة-الدرس\">"), html);
        assertTrue(html.contains("<h2 id=\"机器学习的基础\">"), html);
        assertTrue(html.contains("<h2 id=\"summary\">") && html.contains("<h2 id=\"summary-1\">"), html);
    }

    @Test
    void keepsExplicitHeadingIds() {
        assertTrue(render("## The cycle {#project-cycle}\n").contains("<h2 id=\"project-cycle\">The cycle</h2>"));
    }

    @Test
    void rewritesLessonLinksToOutputPagesKeepingTheFragment() {
        String html = render("[two](02-two.md#goals) [module](module.md) [img](diagram.svg) [web](https://example.org/a.md)");
        assertTrue(html.contains("href=\"two.html#goals\""), html);
        assertTrue(html.contains("href=\"index.html\""), html);
        assertTrue(html.contains("href=\"diagram.svg\""), html);
        assertTrue(html.contains("href=\"https://example.org/a.md\""), html);
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void warnsAtTheLineOfALinkToAMissingLesson() {
        render("Intro.\n\nSee [three](03-three.md) and [up](../../../outside.md).\n");
        List<String> found = diagnostics.sorted().stream().map(Diagnostic::format).toList();
        assertEquals(List.of(
                "content/course/01-mod/01-one.md:7:5: warning[LINK001]: link to a lesson `03-three.md` that does not exist"
                        + " (looked for content/course/01-mod/03-three.md)\n  hint: check the path; it is relative to this file's folder",
                "content/course/01-mod/01-one.md:7:30: warning[LINK003]: link `../../../outside.md` climbs out of the content folder"
                        + "\n  hint: link to a file inside content/, or use a full https:// address"), found);
    }

    @Test
    void rendersCalloutsAsPlainNotesWithoutTheSvgSprite() {
        String html = render("!!! tip \"Try this\"\n    Body text.\n\n!!! warning\n    Careful.\n");
        assertTrue(html.contains("<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Try this</p>\n<p>Body text.</p>\n</div>"), html);
        assertTrue(html.contains("<p class=\"callout-title\">Warning</p>"), html);
        assertFalse(html.contains("<svg"), html);
    }

    @Test
    void footnoteBackLinksHaveAnAccessibleName() {
        String html = render("Text.[^1]\n\n[^1]: The note.\n");
        assertTrue(html.contains("class=\"footnote-backref\"><span aria-hidden=\"true\">↩</span>"
                + "<span class=\"visually-hidden\">Back to the text</span></a>"), html);
    }

    @Test
    void codeStaysLeftToRightInsideRightToLeftPages() {
        String html = render("Use `print()` here.\n\n```python\nprint(1)\n```\n");
        assertTrue(html.contains("<code dir=\"ltr\">print()</code>"), html);
        assertTrue(html.contains("<pre dir=\"ltr\">"), html);
    }

    @Test
    void rendersTablesDefinitionListsAndFootnotes() {
        String html = render("| A | B |\n|---|---|\n| 1 | 2 |\n\nTerm\n: Definition\n");
        assertTrue(html.contains("<table class=\"table\">") && html.contains("<th>A</th>"), html);
        assertTrue(html.contains("<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>"), html);
    }

    @Test
    void warnsAboutALevelOneHeadingBecauseTheTitleIsThePagesHeading() {
        render("Intro.\n\n# Second title\n");
        assertEquals(List.of("content/course/01-mod/01-one.md:7:1: warning[LES004]: level-1 heading in the text;"
                + " the title from the front matter is already the page's heading\n  hint: use `##` for the sections of a lesson"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }
}
