package org.moocbuilder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
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
