package org.moocbuilder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SitePathTest {

    @Test
    void linksBetweenPagesAreRelative() {
        assertEquals("two.html", SitePath.relative("en/c/m/one.html", "en/c/m/two.html"));
        assertEquals("../index.html", SitePath.relative("en/c/m/one.html", "en/c/index.html"));
        assertEquals("../../../ar/c/m/one.html", SitePath.relative("en/c/m/one.html", "ar/c/m/one.html"));
        assertEquals("../other/x.svg", SitePath.relative("en/c/m/one.html", "en/c/other/x.svg"));
    }

    @Test
    void findsTheSharedFoldersAsSplittingBothPathsWould() {
        List<String> names = List.of("en", "ar", "c", "c1", "m", "m1", "one.html", "o", "x y.svg", "中文", "");
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String from = path(random, names);
            String to = path(random, names);
            if (from.split("/").length == 0) {
                continue;
            }
            assertEquals(outcome(() -> bySplitting(from, to)), outcome(() -> SitePath.relative(from, to)), from + " -> " + to);
        }
    }

    /** The link, or the refusal of a path no URI can hold (one starting with two slashes). */
    private static String outcome(Supplier<String> link) {
        try {
            return link.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    /** Names joined by slashes, some empty, sometimes with a trailing slash. */
    private static String path(Random random, List<String> names) {
        StringBuilder path = new StringBuilder();
        int parts = random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            path.append(names.get(random.nextInt(names.size()))).append('/');
        }
        path.append(names.get(random.nextInt(names.size())));
        if (random.nextInt(8) == 0) {
            path.append('/');
        }
        return path.toString();
    }

    /** How relative links were found before, by splitting both paths into lists of names. */
    private static String bySplitting(String from, String to) {
        List<String> fromDirs = new ArrayList<>(List.of(from.split("/")));
        fromDirs.remove(fromDirs.size() - 1);
        List<String> target = List.of(to.split("/"));
        int common = 0;
        while (common < fromDirs.size() && common < target.size() - 1 && fromDirs.get(common).equals(target.get(common))) {
            common++;
        }
        StringBuilder url = new StringBuilder();
        for (int i = common; i < fromDirs.size(); i++) {
            url.append("../");
        }
        url.append(String.join("/", target.subList(common, target.size())));
        return SitePath.encode(url.toString());
    }

    @Test
    void encodesSpacesButKeepsLettersOfEveryScript() {
        assertEquals("my%20image.svg", SitePath.relative("en/c/m/one.html", "en/c/m/my image.svg"));
        assertEquals("مخطط.svg", SitePath.encode("مخطط.svg"));
    }

    @Test
    void encodesEveryPathAsJavaNetUriDoes() throws Exception {
        for (String path : List.of("en/c/m/one.html", "../../x_y-z.~1.svg", "a/b!*'();@&=+$,.html", "a b", "100%",
                "50%25", "a:b", "./a:b", "q?x=1", "f#x", "ünï/código", "中文.svg", "tab\there", "<a>", "a\\b", "", "/")) {
            assertEquals(new URI(null, null, path, null).getRawPath(), SitePath.encode(path), path);
        }
    }

    @Test
    void resolvesRelativePathsAndRefusesToClimbOutOfTheRoot() {
        assertEquals("c/m2/a.md", SitePath.resolve("c/m1/b.md", "../m2/a.md"));
        assertEquals("c/m1/a.md", SitePath.resolve("c/m1/b.md", "./a.md"));
        assertNull(SitePath.resolve("c/m1/b.md", "../../../a.md"));
    }
}
