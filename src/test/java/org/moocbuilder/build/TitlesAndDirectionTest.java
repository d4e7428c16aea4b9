package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;

/** Titles with code, courses without durations, and untranslated text in right-to-left navigation. */
class TitlesAndDirectionTest {

    @TempDir
    Path dir;

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("site-out/" + path).toFile(), "UTF-8");
    }

    @Test
    void codeInATitleIsDrawnAsCodeAndThePageTitleIsPlainText() throws IOException {
        CourseFiles.build(dir, """
                -- content/course-a/01-basics/01-first.md --
                ---
                title: Running `mooc build` <b>twice</b>
                ---
                Text.
                """);
        Document lesson = page("en/course-a/basics/first.html");
        Element h1 = lesson.selectFirst("h1");
        assertEquals("Running <code dir=\"ltr\">mooc build</code> &lt;b&gt;twice&lt;/b&gt;", h1.html());
        assertTrue(lesson.title().startsWith("Running mooc build <b>twice</b> · "), lesson.title());
        assertEquals("mooc build", page("en/course-a/basics/index.html").selectFirst(".course-nav a[href='first.html'] code").text());
        Element arabic = page("ar/course-a/basics/first.html").selectFirst("h1");
        assertEquals("en", arabic.attr("lang"), "untranslated, so marked as English");
        assertEquals("ltr", arabic.selectFirst("code").attr("dir"));
    }

    @Test
    void aCourseWithoutDurationsShowsNoEmptyDuration() throws IOException {
        CourseFiles.build(dir, """
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First lesson
                ---
                Text.
                """);
        Document course = page("en/course-a/index.html");
        assertFalse(course.select("dt").eachText().contains("Duration"), course.select("dl").outerHtml());
        assertTrue(course.select("dd").eachText().contains("1 module · 2 lessons"), course.select("dl").outerHtml());
        assertEquals(List.of("2 lessons"), course.select(".modules > li > p.meta").eachText());
        assertEquals("1 module · 2 lessons", page("en/index.html").selectFirst(".card .meta").text());
    }

    @Test
    void untranslatedTitlesInRightToLeftNavigationKeepTheirItemsInThePagesDirection() throws IOException {
        CourseFiles.build(dir, "");
        Document arabic = page("ar/course-a/basics/second.html");
        for (Element item : arabic.select(".breadcrumbs li, .course-nav li")) {
            assertFalse(item.hasAttr("dir"), "the item follows the page, so its separator or number sits on the right: " + item);
        }
        Element current = arabic.selectFirst(".breadcrumbs li[aria-current=page] > span");
        assertEquals("en", current.attr("lang"));
        assertEquals("ltr", current.attr("dir"));
        assertEquals("Second lesson", current.text());
        Element link = arabic.selectFirst(".course-nav a[href='first.html']");
        assertEquals("ltr", link.attr("dir"));
        assertNull(arabic.selectFirst(".objectives li[dir]"));
    }
}
