package org.moocbuilder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.TestMessages;

/**
 * The faster inline parser, table check, attribute step and text drawing must not change a page:
 * every Markdown file of the example course, and texts made to reach the corners they touch, give
 * the same HTML as with flexmark's own.
 */
class FastTextPathTest {

    private static final List<String> CORNERS = List.of(
            "Code `a` and ``b ` c`` and ```` x ```` and `unclosed, then *em* and **strong**.",
            "A [link](https://example.org \"its title\") and [ref][r] and [r] and <https://example.org/auto>.\n\n[r]: https://example.org/ref 'Ref title'",
            "Escapes \\* \\` \\[ \\\\ and entities &amp; &copy; &#35; &#x41; &nbsp; and & alone, < > \" in text.",
            "Line one\r\nline two\r\nline three\\\r\nhard break",
            "Images ![alt *text*](pic.png \"t\") and links [in `code`](a.md#x) and [empty]() and [*nested* **marks**](b.md).",
            "| a | b |\n|---|---|\n| `x|y` | [l](c.md) |\n| &lt; | \\| |",
            "No pipe on the first line\n| a | b |\n|---|---|\n| 1 | 2 |",
            "a | b\n--|--\n1 | 2\nno pipe ends it\n\n  | indented | table |\n  |:--|--:|\n  | x | y |",
            "| only a header |\n\n| a |\n|---|\n\npipe | in text, no table\n\n> | quoted | table |\n> |---|---|\n> | q | r |",
            "- | in a | list |\n  |---|---|\n  | s | t |\n\nTerm\n: | in a | definition |",
            "Footnote[^1] and text.\n\n[^1]: The note with `code` and a [link](https://example.org).",
            "Term\n: Definition with *emphasis*\n\n# Heading {#custom}\n\n## Heading with `code` & more",
            "!!! note \"Title with `code`\"\n    Inside a callout, <b>raw</b> and *em*.",
            "Nested ***strong em*** and _under_score_ and snake_case_word and 2*3*4 and **unclosed",
            "Ünïcödé — «guillemets» « espaces » 中文没有空格。العربية من اليمين\u200f and emoji 🙂 `代码`",
            "Link with <angle brackets>(x) [a](<b c.md>) [d](e.md 'single') [f](g.md (paren)) [[double]]",
            "Text {.class #id} after, and {attributes} in a sentence, and a para\n{: .cls}",
            // Attributes on every kind of element, glued or spaced, first or last, and braces that are none.
            "# Title {#t .c}\n\nPara with *em*{.e} and [link](a.md){target=_blank} and ![img](p.png){width=10}\n{.para}\n\n"
                    + "{#lead} Starting text\n\n- item {.li}\n  - nested {#n}\n\n> quote {.q}\n\n| a {.x} | b |\n|---|---|\n"
                    + "| c {#y} | d |\n\n```js {.code #k}\nx\n```\n\ntext {.} spans {.d} here and **strong** {.s}{#two} "
                    + "{title=\"a b\"}\n\n{.only}\n\nword{.glued} {} { } {#} and {.a}{.b} twice\n\n## {#empty-heading}\n\n"
                    + "Setext {#s}\n---\n\nTerm {.term}\n: Definition {.def}\n\nNote[^a]{.fn}\n\n[^a]: Text {.in-note}\n\n"
                    + "{.} a delimiter first\n\nand one last {#}\n\n*a {.} b* {.x}",
            "    indented code & <tag>\n\n```js\nfenced & <tag>\n```\n\n<div>raw html</div>\n\n* list `code`\n* [link](h.md)",
            // Emphasis runs against every kind of neighbour: paragraph edges, spaces, punctuation of
            // each kind, letters, digits, non-ASCII punctuation and spaces, and scripts without spaces.
            "*edge start* and end *\n**(paren)** \"*quoted*\" *a*b a*b* _a_b a_b_ (*x*) [*y*] {_z_} <*w*>\n"
                    + "*.* *,*, ** spaced ** * lone * __ d __ 1*2*3 1_2_3 a**b**c a__b__c ***x** y* **x *y***",
            "«*guillemets*» —*dash*— 「*括号*」中文*强调*文字 العربية*تأكيد*نص \u00a0*nbsp*\u00a0 \u3000*ideographic*\u3000"
                    + " ~~strike~~ a~~b~~c ~single~ *\u2019*\u2019 \t*tab*\t \u2028*sep*",
            "*a\n*b* c*\n\n_a\n_b_ c_\n\n**a\n\n**",
            // A NUL, as a broken or hostile file may hold: flexmark reads it as U+FFFD everywhere.
            "Text \u0000 here, `code \u0000`, [link \u0000](a.md) and \\\u0000 &amp;\u0000\n\n| a\u0000 | b |\n|---|---|\n| \u0000 | c |",
            // What looks like the stand-in of a set-aside text, everywhere a NUL may be written.
            "Set \u00000\u0000 aside \u00001\u0000 text\n\n```\ncode \u00000\u0000 block\n```\n\n    indented \u00000\u0000\n\n"
                    + "<div title=\"\u00000\u0000\">html \u00000\u0000 block</div>\n\ninline <b title=\"\u0000\">\u00000\u0000</b> html\n\n"
                    + "[link](a\u0000.md \"title \u00000\u0000\") ![image \u00000\u0000](b\u0000.png) {title=\"\u00000\u0000\"}\n\n"
                    + "# Heading \u00000\u0000 {#id\u0000}\n\nFootnote[^\u0000].\n\n[^\u0000]: Note \u00000\u0000 text.\n\n"
                    + "Entities for a NUL: &#0; &#x0; &#00; in a text long enough, and [&#0;](a.md \"&#0;\").",
            // Long texts in every place a text is drawn, and texts the writer would change: spaces
            // or tabs first, after a hard break, inside an HTML block, in a code span.
            "# A heading long enough to set aside\n\n| a cell long enough to set aside | short |\n|---|---|\n"
                    + "| another cell with enough text | x |\n\nA paragraph with [link text long enough](a.md) and "
                    + "*emphasis long enough to set aside* and `code long enough to set aside`.  \n   after a hard break"
                    + " with spaces first\\\n\tafter a backslash break and a tab\n\nTerm long enough to set aside\n"
                    + ": Definition long enough to set aside\n\n!!! note \"A callout title long enough\"\n"
                    + "    Callout text long enough to set aside.\n\nFootnote[^n].\n\n[^n]: A footnote long enough to set aside.\n\n"
                    + "<p>\n   spaced text inside an HTML block\n</p>\n\n> A quote long enough to set aside\n> and a second line of it",
            "  Two spaces first in a paragraph long enough\n\n- an item long enough to set aside\n  continued on a line\n"
                    + "- [ ] a task item long enough\n\n1. a numbered item long enough\n\n***\n\nTrailing spaces long enough   \n"
                    + "\tTab-first line long enough after a break");

    private final MarkdownRenderer fast = new MarkdownRenderer(TestMessages.english(), false);
    private final MarkdownRenderer stock = MarkdownRenderer.withFlexmarkTextPath(TestMessages.english(), false);
    private final MarkdownRenderer fastRaw = new MarkdownRenderer(TestMessages.english(), true);
    private final MarkdownRenderer stockRaw = MarkdownRenderer.withFlexmarkTextPath(TestMessages.english(), true);
    private final LinkIndex links = LinkIndex.of(new Site(null, List.of()));

    @Test
    void cornerCasesRenderAsWithFlexmarksOwnParser() {
        for (String markdown : CORNERS) {
            assertSame(markdown, "corner case");
        }
    }

    @Test
    void emphasisMarksBesideEveryKindOfCharacterOpenAndCloseAsWithFlexmarksOwnParser() {
        // Whether a run of marks opens or closes depends on the characters on its two sides: every
        // pair of kinds (space, letter, digit, punctuation of each side, non-ASCII, none), each mark.
        List<String> sides = List.of("", " ", "a", "1", "(", ")", ".", "\"", "-", "\u00ab", "\u00bb", "\u4e2d",
                "\u00a0", "\u2014", "\u3001", "*", "_",
                // What a hostile or broken translation may put beside a mark: half a surrogate pair,
                // a whole one, a NUL, a replacement character, a control character, markup.
                "\ud83d", "\ude00", "\ud83d\ude00", "\u0000", "\ufffd", "\u0007", "<script>");
        for (String mark : List.of("*", "_", "**", "__", "~~", "~", "***")) {
            StringBuilder paragraph = new StringBuilder();
            for (String before : sides) {
                for (String after : sides) {
                    paragraph.append(before).append(mark).append(after).append('x').append(before).append(mark).append(after)
                            .append(" ");
                }
            }
            for (String text : List.of(paragraph.toString(), mark + "edge" + mark, mark + " " + mark)) {
                assertSame(text, "emphasis " + mark);
            }
        }
    }

    @Test
    void everyMarkdownFileOfTheExampleAndTestCoursesRendersAsWithFlexmarksOwnParser() throws IOException {
        int files = 0;
        for (String folder : List.of("content", "locales", "src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    assertSame(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                    files++;
                }
            }
        }
        assertTrue(files > 15, "the example course and the test courses have their lessons: " + files);
    }

    @Test
    void setAsideTextsArePutBackAndANulThatIsNoStandInIsLeftAsItIs() {
        assertEquals("<p>first, then second</p>", PlainText.putBack("<p>\u00001\u0000, then \u00000\u0000</p>",
                List.of("second", "first")));
        String noStandIns = "a\u0000x\u0000b\u0000 c \u00007\u0000 and \u0000";
        assertEquals(noStandIns, PlainText.putBack(noStandIns, List.of("one")));
    }

    private void assertSame(String markdown, String what) {
        String html = html(fast, markdown);
        assertEquals(html(stock, markdown), html, what);
        assertEquals(html(stockRaw, markdown), html(fastRaw, markdown), what + " (raw HTML allowed)");
        assertEquals(stock.inline(markdown), fast.inline(markdown), what + " (inline)");
        assertTrue(html.indexOf('\u0000') < 0 && html(fastRaw, markdown).indexOf('\u0000') < 0,
                what + ": no stand-in of a set-aside text is left in the HTML");
    }

    private String html(MarkdownRenderer renderer, String markdown) {
        return renderer.render(new MarkdownSource("content/c/01-m/01-l.md", "c/01-m/01-l.md", markdown, 1),
                "c/m/l.html", links, new Diagnostics()).html();
    }
}
