package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.BrowserScript;

/**
 * The gates of a learner's reach, over every page the example site builds in all its languages:
 * axe-core's WCAG 2.2 A/AA rules at 320 and 1280 px in light and dark, no page wider than its
 * window at 320, 360 and 1280 px, right-to-left pages opened at their start, quiz answers in
 * print (src/test/browser/reach.mjs, in Chromium); and the Nu HTML Checker (vnu.jar from npm,
 * run with this JVM) finds no error in any page. Needs what {@link BrowserScript} needs; CI has it.
 */
class ReachTest {

    private static final Path VNU = Path.of("src/test/browser/node_modules/vnu-jar/build/dist/vnu.jar");

    @TempDir
    static Path work;

    static Path site;
    static List<String> pages;

    @BeforeAll
    static void buildTheExample() throws IOException {
        site = work.resolve("site-out");
        assertTrue(new SiteBuilder().build(new BuildRequest(Path.of("").toAbsolutePath(), site, List.of())).written());
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void everyPageReflowsAndPassesAxeAtEveryWidthInLightAndDark() throws Exception {
        BrowserScript.assumeBrowser();
        for (String lang : List.of("en", "fr", "es", "ar", "zh", "ru")) {
            assertTrue(pages.stream().anyMatch(p -> p.startsWith(lang + "/")), "no page in " + lang);
        }
        String output = BrowserScript.run(site, "reach.mjs", pages.toArray(String[]::new));
        assertTrue(output.contains("reach: " + pages.size() + " pages,"), output);
        assertTrue(output.contains("all reach checks passed"), output);
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorInAnyPage() throws Exception {
        BrowserScript.assumeBrowser();
        if (System.getenv("MOOC_REQUIRE_BROWSER") != null) {
            assertTrue(Files.isRegularFile(VNU), "MOOC_REQUIRE_BROWSER is set: run npm ci in src/test/browser for vnu-jar");
        }
        assumeTrue(Files.isRegularFile(VNU), "vnu-jar missing (npm ci --prefix src/test/browser)");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xss8m", "-jar", VNU.toString(), "--errors-only",
                "--format", "gnu", "--skip-non-html", site.toString()));
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(vnu.waitFor(5, TimeUnit.MINUTES), "the Nu HTML Checker did not finish");
        assertEquals("", output.strip(), "the Nu HTML Checker reports errors");
        assertEquals(0, vnu.exitValue(), output);
    }
}
