package org.moocbuilder.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The page check resolves plain relative links without java.net.URI; it must find the same file
 * as the URI way does, for the links it takes that way and for those it leaves to URI.
 */
class PlainLinkResolutionTest {

    private static final List<String> SEGMENTS = List.of("a", "b.html", "index.html", "..", ".", "...", ".hidden",
            "x-y_z~1", "c01", "05-m05", "", "a b", "%20", "é", "q?x=1", "f#top", "c:d", "+");

    @Test
    void navigationLinksResolveAsBefore() {
        assertEquals("fr/c01/m02/l03.html", PageCheck.resolve("fr/c01/m01/l01.html", "../m02/l03.html"));
        assertEquals("fr/c01/index.html", PageCheck.resolve("fr/c01/m01/l01.html", "./../index.html"));
        assertEquals("../outside.html", PageCheck.resolve("fr/index.html", "../../outside.html"));
        assertEquals("assets/site.css", PageCheck.resolve("fr/c01/index.html", "../../assets/site.css"));
    }

    @Test
    void randomLinksResolveAsWithUri() {
        Random random = new Random(20261207);
        int plain = 0;
        for (int i = 0; i < 50_000; i++) {
            String page = path(random, 1 + random.nextInt(4)) + ".html";
            String url = path(random, 1 + random.nextInt(5));
            String expected = PageCheck.resolveByUri(page, url);
            assertEquals(expected, PageCheck.resolve(page, url), () -> page + " + " + url);
            if (url.matches("[A-Za-z0-9._~/-]+")) {
                plain++;
            }
        }
        assertTrue(plain > 10_000, "enough plain links took the fast way: " + plain);
    }

    @Test
    void randomLinksFromPagesAsTheBuildNamesThemResolveAsWithUri() {
        // The build's pages have no dot segment, so most of these take the fast way.
        List<String> pageSegments = List.of("a", "fr", "c01", "05-m05", "x-y_z~1", "index");
        Random random = new Random(20261208);
        int plain = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder page = new StringBuilder();
            for (int s = random.nextInt(4); s > 0; s--) {
                page.append(pageSegments.get(random.nextInt(pageSegments.size()))).append('/');
            }
            String pagePath = page.append("l01.html").toString();
            String url = path(random, 1 + random.nextInt(5));
            assertEquals(PageCheck.resolveByUri(pagePath, url), PageCheck.resolve(pagePath, url), () -> pagePath + " + " + url);
            if (url.matches("[A-Za-z0-9._~/-]+")) {
                plain++;
            }
        }
        assertTrue(plain > 10_000, "enough plain links took the fast way: " + plain);
    }

    private static String path(Random random, int segments) {
        StringBuilder path = new StringBuilder(random.nextInt(8) == 0 ? "/" : "");
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                path.append('/');
            }
            path.append(SEGMENTS.get(random.nextInt(SEGMENTS.size())));
        }
        return path.toString();
    }
}
