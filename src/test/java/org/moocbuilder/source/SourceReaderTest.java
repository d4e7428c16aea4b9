package org.moocbuilder.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void stripsTheByteOrderMarkAndNormalizesLineEndings() throws IOException {
        Path file = dir.resolve("lesson.md");
        Files.write(file, "\uFEFF---\r\ntitle: A\r\n---\rBody\r\n".getBytes(StandardCharsets.UTF_8));
        SourceFile read = new SourceReader(dir).read(file, diagnostics).orElseThrow();
        assertEquals("---\ntitle: A\n---\nBody\n", read.text());
        assertEquals("lesson.md", read.displayPath());
    }

    @Test
    void reportsTheLineAndColumnOfAnInvalidUtf8Byte() throws IOException {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertTrue(new SourceReader(dir).read(file, diagnostics).isEmpty());
        assertEquals(List.of("bad.md:2:4: error[SRC002]: invalid UTF-8 byte 0xE9\n"
                        + "  hint: save the file as UTF-8 in your editor (it may be in Windows-1252 or Latin-1)"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void readsAReplacementCharacterTheAuthorWroteAndRefusesEncodedSurrogatesAndOverlongForms() throws IOException {
        Path written = dir.resolve("written.md");
        Files.writeString(written, "a \uFFFD b, 中文, العربية\n", StandardCharsets.UTF_8);
        assertEquals("a \uFFFD b, 中文, العربية\n", new SourceReader(dir).read(written, diagnostics).orElseThrow().text());
        Path surrogate = dir.resolve("surrogate.md");
        Files.write(surrogate, new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
        assertTrue(new SourceReader(dir).read(surrogate, diagnostics).isEmpty());
        Path overlong = dir.resolve("overlong.md");
        Files.write(overlong, new byte[] {'\n', 'y', (byte) 0xC0, (byte) 0xAF, '\n'});
        assertTrue(new SourceReader(dir).read(overlong, diagnostics).isEmpty());
        assertEquals(List.of("overlong.md:2:2: SRC002 invalid UTF-8 byte 0xC0", "surrogate.md:1:2: SRC002 invalid UTF-8 byte 0xED"),
                diagnostics.sorted().stream().map(d -> d.position().file() + ":" + d.position().line() + ":"
                        + d.position().column() + ": " + d.code() + " " + d.message()).toList());
    }

    @Test
    void splitsFrontMatterKeepingFileLineNumbers() {
        FrontMatter split = FrontMatter.split("---\ntitle: A\nduration: 5\n---\n\nBody\n");
        assertEquals("title: A\nduration: 5\n", split.yaml());
        assertEquals(2, split.yamlFirstLine());
        assertEquals("\nBody\n", split.body());
        assertEquals(5, split.bodyFirstLine());
        assertTrue(FrontMatter.split("---\ntitle: A\n").isUnterminated());
        assertEquals(0, FrontMatter.split("No front matter\n").yamlFirstLine());
    }

    @Test
    void reportsYamlErrorsAtTheirLineInTheFile() {
        YamlDocument.parse("title: A\nobjectives: [one, two\n", "lesson.md", 2, diagnostics);
        Diagnostic found = diagnostics.sorted().get(0);
        assertEquals("YAML001", found.code());
        assertEquals("lesson.md", found.position().file());
        assertEquals(3, found.position().line(), found.format());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheQuoteOpens() {
        YamlDocument.parse("title: A\ndescription:    \"Open data\nduration: 5\n", "lesson.md", 2, diagnostics);
        Diagnostic found = diagnostics.sorted().get(0);
        assertEquals("lesson.md:3:17", found.position().file() + ":" + found.position().line() + ":" + found.position().column(),
                found.format());
        assertTrue(found.hint().contains("closing quote"), found.format());
    }

    @Test
    void aTabUsedForIndentationIsReportedWhereTheTabIs() {
        YamlDocument.parse("title: A\nobjectives:\n\t- one\n", "lesson.md", 2, diagnostics);
        Diagnostic found = diagnostics.sorted().get(0);
        assertEquals("lesson.md:4:1", found.position().file() + ":" + found.position().line() + ":" + found.position().column(),
                found.format());
    }

    @Test
    void textAfterADocumentMarkerThatIsNotYamlIsASyntaxErrorAtItsLine() {
        // Found by FrontMatterFuzzTest: the tree holds the first document only, and the scan for
        // duplicate keys, reading on, threw IllegalStateException instead of reporting.
        assertTrue(YamlDocument.parse("title: A\n---\nlocales: [fr\n", "site.yml", 1, diagnostics).isEmpty());
        assertTrue(YamlDocument.parse("title: A\n--- [\n", "lesson.md", 2, diagnostics).isEmpty());
        assertTrue(YamlDocument.parse("title: A\n%YAML 1.2\ntitle: B\n", "course.yml", 1, diagnostics).isEmpty());
        assertEquals(List.of("course.yml:3:1 YAML001", "lesson.md:3:6 YAML001", "site.yml:3:13 YAML001"), diagnostics.sorted().stream()
                .map(d -> d.position() + " " + d.code()).toList());
    }

    @Test
    void yamlPastTheParsersLimitsIsASyntaxErrorAtItsLine() {
        // Nesting found by FrontMatterFuzzTest, the long number on the way: an error for Jackson's
        // limits has no place of its own, and was reported for the whole file.
        YamlDocument.parse("title: A\nx: " + "[".repeat(1_001) + "]".repeat(1_001) + "\n", "lesson.md", 2, diagnostics);
        YamlDocument.parse("title: A\nduration: " + "9".repeat(1_001) + "\n", "course.yml", 1, diagnostics);
        assertEquals(List.of(
                "course.yml:2:1012: error[YAML001]: invalid YAML: Number value length (1001) exceeds the maximum allowed (1000)",
                "lesson.md:3:1004: error[YAML001]: invalid YAML: Document nesting depth (1001) exceeds the maximum allowed (1000)"),
                diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void namesTheClosestValidKeyForAnUnknownOne() {
        YamlDocument yaml = YamlDocument.parse("title: A\nlicense: CC BY\n", "course.yml", 1, diagnostics).orElseThrow();
        yaml.warnUnknownKeys(List.of("title", "summary", "licence"), "CRS002", diagnostics);
        assertEquals(List.of("course.yml:2:1: warning[CRS002]: unknown key `license`; it is ignored\n"
                + "  hint: did you mean `licence`?"), diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }
}
