package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.BrowserScript;

/**
 * The example site's quizzes in a real browser: Debian's Chromium driven by playwright-core
 * (src/test/browser/quizzes.mjs) answers one quiz of every type wrong and right with the
 * keyboard alone, in English and Arabic, against the site served on 127.0.0.1. Needs
 * /usr/bin/chromium and {@code npm ci} in src/test/browser; CI installs both and sets
 * MOOC_REQUIRE_BROWSER=1 so the test cannot be skipped there.
 */
class BrowserQuizTest {

    @TempDir
    Path work;

    @Test
    void quizzesWorkByKeyboardInEnglishAndArabic() throws Exception {
        BrowserScript.assumeBrowser();
        Path site = work.resolve("site-out");
        assertTrue(new SiteBuilder().build(new BuildRequest(Path.of("").toAbsolutePath(), site, List.of())).written());
        String output = BrowserScript.run(site, "quizzes.mjs");
        assertTrue(output.contains("all quiz checks passed"), output);
    }
}
