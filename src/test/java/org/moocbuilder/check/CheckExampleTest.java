package org.moocbuilder.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.cli.Main;

/**
 * The release check on the example course: clean, it passes; with a link, an anchor, an image
 * and an alt text broken in a copy, each is reported at its file and line in all three formats.
 */
class CheckExampleTest {

    private static final String LESSON_1 = "content/ai-public-sector/01-ai-fundamentals/01-what-is-ai.md";
    private static final String LESSON_2 = "content/ai-public-sector/01-ai-fundamentals/02-machine-learning-and-data.md";
    private static final String LESSON_GOV = "content/ai-public-sector/04-governance-and-project-cycle/01-ai-governance.md";

    @TempDir
    static Path copy;

    @BeforeAll
    static void copyTheExampleCourse() throws IOException {
        for (String folder : List.of("content", "locales", "themes")) {
            PathUtils.copyDirectory(Path.of(folder), copy.resolve(folder));
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run check(Path project, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[options.length + 3];
        args[0] = "check";
        args[1] = "--source";
        args[2] = project.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The 1-based line of the first line containing {@code text}. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void theCleanExampleCoursePassesAndTheBrokenOneIsReportedAtTheRightLines() throws IOException {
        Run clean = check(Path.of("").toAbsolutePath());
        assertEquals(0, clean.exit(), clean.out() + clean.err());
        assertTrue(clean.out().endsWith("0 errors, 0 warnings\n"), clean.out());

        replace(copy.resolve(LESSON_1), "(02-machine-learning-and-data.md)", "(02-machine-learnin.md)");
        replace(copy.resolve(LESSON_1), "04-limits-of-ai.md#five-limits", "04-limits-of-ai.md#five-limitz");
        replace(copy.resolve(LESSON_2), "(how-machine-learning-works.svg)", "(how-machine-learning-work.svg)");
        replace(copy.resolve(LESSON_GOV), "![Four nested layers", "![](governance-layers.svg)<!-- ![Four nested layers");
        int link = lineOf(copy.resolve(LESSON_1), "02-machine-learnin.md");
        int anchor = lineOf(copy.resolve(LESSON_1), "#five-limitz");
        int image = lineOf(copy.resolve(LESSON_2), "how-machine-learning-work.svg");
        int alt = lineOf(copy.resolve(LESSON_GOV), "![](governance-layers.svg)");
        Files.writeString(copy.resolve(LESSON_GOV), "\n![](governance-layers.svg){role=presentation}\n\n"
                + "![](governance-layers.svg) {role=presentation}\n", StandardOpenOption.APPEND);
        int decorative = lineOf(copy.resolve(LESSON_GOV), "{role=presentation}");
        int spaced = lineOf(copy.resolve(LESSON_GOV), ") {role=presentation}");

        Run text = check(copy);
        assertEquals(1, text.exit(), text.out());
        assertTrue(text.out().contains(LESSON_1 + "\n"), text.out());
        assertTrue(text.out().contains("  " + link + ":"), text.out());
        assertTrue(text.out().matches("(?s).*  " + link + ":\\d+: error\\[LINK001\\].*"), text.out());
        assertTrue(text.out().matches("(?s).*  " + anchor + ":\\d+: error\\[LINK004\\].*#five-limitz.*"), text.out());
        assertTrue(text.out().matches("(?s).*  " + image + ":\\d+: error\\[LINK002\\].*"), text.out());
        assertTrue(text.out().matches("(?s).*  " + alt + ":\\d+: error\\[A11Y001\\].*"), text.out());
        assertFalse(text.out().matches("(?s).*  " + decorative + ":\\d+: error\\[A11Y001\\].*"),
                "an image marked as decoration needs no alt text: " + text.out());
        assertTrue(text.out().matches("(?s).*  " + spaced + ":\\d+: error\\[A11Y001\\].*"),
                "with a space, the attributes belong to the paragraph, so the image still needs alt text: " + text.out());

        Run json = check(copy, "--format", "json");
        assertEquals(1, json.exit());
        JsonNode findings = new ObjectMapper().readTree(json.out()).get("findings");
        assertFinding(findings, LESSON_1, link, "LINK001", "file", "line", "rule");
        assertFinding(findings, LESSON_1, anchor, "LINK004", "file", "line", "rule");
        assertFinding(findings, LESSON_2, image, "LINK002", "file", "line", "rule");
        assertFinding(findings, LESSON_GOV, alt, "A11Y001", "file", "line", "rule");

        Run sarif = check(copy, "--format", "sarif");
        assertEquals(1, sarif.exit());
        JsonNode log = new ObjectMapper().readTree(sarif.out());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode results = log.get("runs").get(0).get("results");
        for (Object[] expected : new Object[][] {{LESSON_1, link, "LINK001"}, {LESSON_1, anchor, "LINK004"},
                {LESSON_2, image, "LINK002"}, {LESSON_GOV, alt, "A11Y001"}}) {
            boolean found = false;
            for (JsonNode result : results) {
                JsonNode location = result.get("locations").get(0).get("physicalLocation");
                found |= result.get("ruleId").asText().equals(expected[2])
                        && location.get("artifactLocation").get("uri").asText().equals(expected[0])
                        && location.get("region").get("startLine").asInt() == (int) expected[1];
            }
            assertTrue(found, "SARIF lacks " + List.of(expected));
        }
    }

    private static void assertFinding(JsonNode findings, String file, int line, String rule, String fileKey, String lineKey,
                                      String ruleKey) {
        for (JsonNode finding : findings) {
            if (finding.get(fileKey).asText().equals(file) && finding.get(lineKey).asInt() == line
                    && finding.get(ruleKey).asText().equals(rule)) {
                return;
            }
        }
        throw new AssertionError(rule + " at " + file + ":" + line + " not in " + findings);
    }
}
