package org.moocbuilder.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.build.SiteCheck;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Reports;
import org.moocbuilder.testing.CourseFiles;

class CheckBadInputTest {

    @TempDir
    Path dir;

    private List<String> check(String changes) throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, changes);
        SiteCheck.Result result = new SiteCheck().run(dir, new SiteCheck.Options(List.of(), false, Duration.ofSeconds(1), null));
        return result.findings().stream().map(Diagnostic::format).toList();
    }

    private static boolean has(List<String> findings, String start) {
        return findings.stream().anyMatch(f -> f.startsWith(start));
    }

    @Test
    void linksOfEveryShapeAreResolvedOrReported() throws IOException {
        List<String> findings = check("""
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First lesson
                ---
                ## مقدمة الدرس

                ## 机器学习的基础

                [spaces](my%20diagram.svg) [query](02-second.md?print=1#end) [arabic](#مقدمة-الدرس)
                [chinese](#机器学习的基础) [mail](mailto:team@example.org) [phone](tel:+41000000)
                [protocol-relative](//example.org/x) [upper](02-Second.md) [out](../../../outside.md)
                [nowhere](02-second.md#nowhere)
                -- content/course-a/01-basics/my diagram.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        assertTrue(has(findings, "content/course-a/01-basics/01-first.md:10:38: error[LINK001]: link to a lesson `02-Second.md`"),
                findings.toString());
        assertTrue(has(findings, "content/course-a/01-basics/01-first.md:10:60: error[LINK003]: link `../../../outside.md`"),
                findings.toString());
        assertTrue(has(findings, "content/course-a/01-basics/01-first.md:11:1: error[LINK004]: link `02-second.md#nowhere`"
                + " names #nowhere, which course-a/basics/second.html does not have"), findings.toString());
        assertEquals(3, findings.size(), "spaces, queries, Arabic and Chinese fragments, mailto, tel and // are fine: " + findings);
    }

    @Test
    void everyEmptyOrPlaceholderLinkAndEveryAddressMarkdownCannotReadIsReportedOnceAtItsLine() throws IOException {
        List<String> findings = check("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar]
                options:
                  allowRawHtml: true
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First lesson
                ---
                One [hash](#) and [quoted]('#') and [empty]() and <a href="#">raw</a>.

                [JAWS](https:// example.com) and [fine](https://example.com) and [by reference][ref].

                [ref]: #
                """);
        String file = "content/course-a/01-basics/01-first.md:";
        assertEquals(List.of(file + "4:5: error[LINK010]: link `[hash](#)` has the target `#`, which leads nowhere",
                file + "4:19: error[LINK010]: link `[quoted]('#')` has the target `'#'`, which leads nowhere",
                file + "4:37: error[LINK010]: link `[empty]()` has an empty target",
                file + "4:51: error[LINK010]: link <a href=\"#\"> has the target `#`, which leads nowhere",
                file + "6:1: error[LINK011]: `[JAWS](https:// example.com)` is shown as text, not as a link: Markdown cannot"
                        + " read `https:// example.com` as an address (it holds a space)",
                file + "8:1: error[LINK010]: reference [ref] has the target `#`, which leads nowhere"),
                findings.stream().map(f -> f.substring(0, f.indexOf('\n'))).toList(),
                "each once, at its line, though the Arabic page shows the same links: " + findings);
    }

    @Test
    void findingsAboutAnAdaptationAreFiledUnderItsFileAtItsLinesOnce() throws IOException {
        List<String> findings = check("""
                -- locales/ar/pages/course-a/01-basics/02-second.md --
                ---
                source: "%s"
                title: الدرس الثاني
                ---
                ## النهاية {#end}

                انظر [الدرس](elsewhere.html) و[هنا](#) و[القسم](#nowhere).

                ![](diagram.png)
                """.formatted("x"));
        String file = "locales/ar/pages/course-a/01-basics/02-second.md:";
        List<String> first = findings.stream().map(f -> f.substring(0, f.indexOf('\n'))).toList();
        assertTrue(first.contains(file + "7:6: error[LINK002]: link to a file `elsewhere.html` that does not exist"
                + " (looked for content/course-a/01-basics/elsewhere.html)"), first.toString());
        assertTrue(first.contains(file + "7:31: error[LINK010]: link `[هنا](#)` has the target `#`, which leads nowhere"),
                first.toString());
        assertTrue(first.contains(file + "7:41: error[LINK004]: link `#nowhere` names #nowhere, which course-a/basics/second.html"
                + " does not have in ar"), first.toString());
        assertTrue(first.contains(file + "9:1: error[A11Y001]: image `diagram.png` has no alt text"), first.toString());
        assertTrue(first.stream().noneMatch(f -> f.contains("LINK005")), "no second report from the drawn page: " + first);
        assertTrue(first.stream().noneMatch(f -> f.startsWith("content/")), "nothing filed under the English lesson: " + first);
    }

    @Test
    void aBrokenLinkATemplateWritesIsReportedOnEveryPageThatHasIt() throws IOException {
        List<String> findings = check("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar]
                theme: civic
                -- themes/civic/templates/course-nav.ftlh --
                <nav aria-label="Course"><a href="first.html">First</a> <a href="gone.html">Gone</a></nav>
                """);
        List<String> broken = findings.stream().filter(f -> f.contains("LINK005")).map(f -> f.substring(0, f.indexOf('\n')))
                .sorted().toList();
        // The navigation is drawn once per module and shared by its pages: each page still answers for its own links.
        List<String> pages = List.of("ar/course-a/basics/first.html", "ar/course-a/basics/index.html",
                "ar/course-a/basics/second.html", "en/course-a/basics/first.html", "en/course-a/basics/index.html",
                "en/course-a/basics/second.html");
        assertEquals(pages.size(), broken.size(), findings.toString());
        for (String page : pages) {
            String folder = page.substring(0, page.lastIndexOf('/') + 1);
            assertTrue(broken.stream().anyMatch(f -> f.endsWith("error[LINK005]: link `gone.html` leads to " + folder
                    + "gone.html, which the site does not have (in " + page + ")")), page + ": " + broken);
        }
        assertTrue(findings.stream().noneMatch(f -> f.contains("`first.html`")), "the link that leads somewhere is fine: " + findings);
    }

    private static final String HUGE_SENTENCE = "This sentence "
            + "keeps going and adds another long clause about the administration ".repeat(12) + "and ends.";

    /** Course A with a grade-10 target, its first lesson empty and its second holding {@code body}. */
    private static String readingCourse(String body) {
        return """
                -- content/course-a/course.yml --
                title: Course A
                readingLevel:
                  maxGrade: 10
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First lesson
                ---
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                ---
                %s
                """.formatted(body);
    }

    @Test
    void anEmptyPageAndAPageOfOneHugeSentenceAreHandled() throws IOException {
        List<String> findings = check(readingCourse(HUGE_SENTENCE));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("content/course-a/01-basics/02-second.md:4:1: warning[READ001]:"
                + " en/course-a/basics/second.html: Flesch-Kincaid grade is "), findings.get(0));
        assertTrue(findings.get(0).contains("longest sentences: content/course-a/01-basics/02-second.md:4:1: \"This sentence keeps"),
                findings.get(0));
    }

    @Test
    void theFiguresBehindAReadingLevelFindingAreInTheJsonAndSarifReports() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, readingCourse(HUGE_SENTENCE + " Short one."));
        List<Diagnostic> findings = new SiteCheck().run(dir, new SiteCheck.Options(List.of(), false, Duration.ofSeconds(1), null))
                .findings().stream().filter(d -> d.code().equals("READ001")).toList();
        JsonNode json = new ObjectMapper().readTree(Reports.json(findings)).get("findings").get(0);
        JsonNode figures = json.get("figures");
        assertEquals("READ001", json.get("rule").asText());
        assertEquals(2, figures.get("sentences").asInt());
        assertEquals(126, figures.get("words").asInt(), "2 + 12 x 10 + 2, and 2 in the short sentence");
        assertTrue(figures.get("syllables").asInt() > figures.get("words").asInt());
        double asl = 126 / 2.0;
        double asw = figures.get("syllables").asDouble() / 126;
        assertEquals(0.39 * asl + 11.8 * asw - 15.59, figures.get("flesch_kincaid").asDouble(), 0.006);
        assertEquals(206.835 - 1.015 * asl - 84.6 * asw, figures.get("flesch_reading_ease").asDouble(), 0.006);
        assertEquals(10, figures.get("maxGrade").asInt());
        JsonNode sarif = new ObjectMapper().readTree(Reports.sarif(findings, "test")).at("/runs/0/results/0/properties/figures");
        assertEquals(figures, sarif);
        assertTrue(findings.get(0).message().contains("; Flesch Reading Ease "), findings.get(0).message());
    }

    @Test
    void textNotInThePagesLanguageIsLeftOutOfItsReadingLevel() throws IOException {
        List<String> findings = check("""
                -- content/course-a/course.yml --
                title: Course A
                readingLevel:
                  maxGrade: 10
                  en: 99
                -- content/course-a/01-basics/02-second.md --
                ---
                title: Second lesson
                ---
                ## End

                %s
                """.formatted(HUGE_SENTENCE));
        assertEquals(List.of(), findings, "the Arabic page shows this English text untranslated: it is not measured as Arabic");
    }

    @Test
    void site_ymlSetsTheSeverityOfARule() throws IOException {
        List<String> findings = check("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar]
                checks:
                  severity:
                    LINK004: warning
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First lesson
                ---
                [nowhere](02-second.md#nowhere)
                """);
        assertTrue(has(findings, "content/course-a/01-basics/01-first.md:4:1: warning[LINK004]"), findings.toString());
        assertFalse(findings.stream().anyMatch(f -> f.contains("error[")), findings.toString());
    }
}
