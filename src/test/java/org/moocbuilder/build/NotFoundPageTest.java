package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;

/**
 * Hosts answer a missing address at any depth with 404.html, so its links cannot be relative:
 * with a base URL they are absolute, without one they start at the host's root.
 */
class NotFoundPageTest {

    /** Where a learner may land: at the top of the site, and deep inside a course. */
    private static final List<String> MISSING = List.of("missing.html", "en/course-a/basics/gone/deeper/missing.html");

    @TempDir
    Path dir;

    @Test
    void withABaseUrlEveryLinkLeadsIntoTheSiteFromAnyDepth() throws IOException {
        CourseFiles.build(dir, """
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar]
                baseUrl: https://example.org/academy
                """);
        String base = "https://example.org/academy/";
        for (String missing : MISSING) {
            for (String link : links(URI.create(base + missing))) {
                assertTrue(link.startsWith(base), link);
                assertTrue(Files.isRegularFile(dir.resolve("site-out").resolve(link.substring(base.length()))), link);
            }
        }
    }

    @Test
    void withoutABaseUrlEveryLinkLeadsIntoASiteAtTheHostsRoot() throws IOException {
        CourseFiles.build(dir, "");
        for (String missing : MISSING) {
            for (String link : links(URI.create("https://example.org/" + missing))) {
                assertTrue(link.startsWith("https://example.org/"), link);
                assertTrue(Files.isRegularFile(dir.resolve("site-out").resolve(link.substring("https://example.org/".length()))),
                        link);
            }
        }
        // Its look does not depend on finding the stylesheet.
        Document page = Jsoup.parse(dir.resolve("site-out/404.html"), "UTF-8");
        assertTrue(page.select("link[rel=stylesheet]").isEmpty());
        assertTrue(page.selectFirst("style").data().contains("body"));
    }

    /** Every address 404.html leads to or loads, as a browser resolves it on {@code at}; the page has some. */
    private List<String> links(URI at) throws IOException {
        Document page = Jsoup.parse(Files.readString(dir.resolve("site-out/404.html")), at.toString());
        List<String> links = new ArrayList<>();
        for (Element element : page.select("a[href], link[href], script[src], img[src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            // The layout's empty favicon (data:,) is no request, so it leads nowhere and needs nothing.
            if (!url.startsWith("#") && !(element.is("link[rel=icon]") && url.equals("data:,"))) {
                links.add(element.absUrl(element.hasAttr("href") ? "href" : "src").replaceFirst("#.*$", ""));
            }
        }
        assertEquals(true, links.size() >= 3, "the home link and one per language: " + links);
        return links;
    }
}
