package org.moocbuilder.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.testing.Damage;

/**
 * Thousands of damaged variants of the example course's lessons, module descriptions,
 * {@code site.yml} and {@code course.yml}, made from a fixed seed (so a failure is
 * reproducible): bits flipped, files cut short, lines repeated, lost or re-indented, front
 * matter left open, bytes that are not UTF-8, huge lines, deep nesting, YAML oddities (tags,
 * anchors, a second document, duplicate keys, values of the wrong type). Read by the loaders the
 * build uses, from disk, a variant never makes one throw: it gives what it read, or diagnostics,
 * and every diagnostic points at a line of the file (1 to one past its last line).
 */
class FrontMatterFuzzTest {

    private static final long SEED = 20_240_613L;
    private static final int VARIANTS = 3_000;

    /** Lines YAML may hold, or nearly, and values of the wrong type for the keys the loaders read. */
    private static final List<String> LINES = List.of("---", "...", "--- [", "--- title: Again", "title: Second title", "title:",
            "title: [x", "title: \"open", "title: 'open", "title: !!binary aGk=", "title: !!float x", "title: !custom x",
            "title: &t Anchored", "description: *t", "description: *nowhere", "<<: *t", "? complex key", ": no key",
            "[a, b]: c", "{a: b}: c", "'quoted key': v", "\"dq\\u0000\": v", "key: value # comment", "title: |", "title: >-",
            "%YAML 1.2", "%TAG ! tag:example.org,2000:", "\ttitle: tab", "  indented: x", "- item", "duration: -5", "duration: 0",
            "duration: 1e400", "duration: 99999999999", "duration: .nan", "duration: twenty", "objectives: No", "objectives:",
            "  - [nested, list]", "  - {a: b}", "description: {a: b}", "locales: [fr, fr]", "locales: [fr_FR]", "locales: [xx]",
            "locales: fr", "sourceLocale: No", "sourceLocale: [en]", "baseUrl: ftp://example.org", "options: {allowRawHtml: maybe}",
            "options: [x]", "checks: {severity: {LINK001: loud}}", "checks: {severity: [x]}", "checks: {pageBudgetKb: 0}",
            "readingLevel: {maxGrade: -1, ru: x}", "readingLevel: 12", "modules: [missing]", "modules: {a: b}",
            "localizedLinkHosts: [[x]]", "a: &a [*a]", "a: &a {b: *a}", "x: " + "[".repeat(60), "x: " + "{a: ".repeat(60),
            "x: " + "- ".repeat(60), "x: " + "[".repeat(1_001) + "]".repeat(1_001), ">".repeat(150) + " quote", "- ".repeat(150) + "item",
            " ".repeat(250) + "- item", "```quiz", "```");

    @TempDir
    Path project;

    @Test
    void damagedLessonsAndSettingsGiveDiagnosticsAtTheirLinesNeverAnException() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            lessons = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        String site = Files.readString(Path.of("content/site.yml"));
        String course = Files.readString(Path.of("content/ai-public-sector/course.yml"));
        SourceReader reader = new SourceReader(project);
        LessonLoader lessonLoader = new LessonLoader(reader);
        Path moduleDir = project.resolve("content/c/01-m");
        Files.createDirectories(moduleDir);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < VARIANTS; i++) {
            // Half the variants are lessons or module descriptions, a quarter each site.yml and course.yml.
            Path lesson = lessons.get(i / 4 % lessons.size());
            String name = i % 4 == 2 ? "content/site.yml" : i % 4 == 3 ? "content/c/course.yml"
                    : lesson.getFileName().toString().equals("module.md") ? "content/c/01-m/module.md" : "content/c/01-m/01-l.md";
            String raw = Damage.raw(i % 4 == 2 ? site : i % 4 == 3 ? course : Files.readString(lesson));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                raw = mutate(raw, random);
            }
            Path file = project.resolve(name);
            Files.write(file, Damage.bytes(raw));
            String text = Damage.decoded(raw);
            try {
                Diagnostics diagnostics = new Diagnostics();
                Optional<?> read = switch (i % 4) {
                    case 2 -> new SiteConfigLoader(reader).load(file, diagnostics);
                    case 3 -> new CourseConfigLoader(reader).load(file, diagnostics);
                    default -> name.endsWith("module.md")
                            ? lessonLoader.loadModule(moduleDir, "c/01-m/module.md", "m", List.of(), "c/m/index.html", diagnostics)
                            : lessonLoader.load(file, "c/01-m/01-l.md", "c/m/l.html", diagnostics);
                };
                String problem = check(read, diagnostics, name, Damage.lineCount(SourceReader.stripBom(text)));
                if (problem != null) {
                    failures.add("variant " + i + " (" + lesson + ", " + name + "): " + problem + "\n" + shorten(text));
                }
                if (read.isPresent()) {
                    accepted++;
                } else {
                    refused++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("variant " + i + " (" + lesson + ", " + name + "): " + e + "\n" + shorten(text));
            }
        }
        assertEquals(List.of(), failures.stream().limit(3).toList(), failures.size() + " of " + VARIANTS + " variants failed");
        assertTrue(accepted > VARIANTS / 5 && refused > VARIANTS / 5,
                "the variants should exercise both paths: " + accepted + " read, " + refused + " refused");
    }

    /** What must hold for any input; null when it does. */
    private static String check(Optional<?> read, Diagnostics diagnostics, String name, int lines) {
        for (Diagnostic d : diagnostics.sorted()) {
            if (!d.position().file().equals(name) || d.position().line() < 1 || d.position().line() > lines + 1
                    || d.position().column() < 0) {
                return "diagnostic out of place (the file has " + lines + " lines): " + d.format();
            }
        }
        return read.isEmpty() && !diagnostics.hasErrors() ? "refused without an error" : null;
    }

    private static String mutate(String raw, Random random) {
        if (raw.isEmpty()) {
            return Damage.raw(LINES.get(random.nextInt(LINES.size())));
        }
        return switch (random.nextInt(5)) {
            case 0, 1 -> Damage.any(raw, random);
            case 2 -> Damage.insertLine(raw, Damage.raw(LINES.get(random.nextInt(LINES.size()))), random);
            case 3 -> indent(raw, random);
            default -> delimiter(raw, random);
        };
    }

    /** Indents a line more or less, with spaces or a tab, as a careless paste does. */
    private static String indent(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        lines.set(at, switch (random.nextInt(4)) {
            case 0 -> " ".repeat(1 + random.nextInt(4)) + line;
            case 1 -> "\t" + line;
            default -> line.stripLeading();
        });
        return Damage.join(lines);
    }

    /** Changes a line that opens or closes the front matter, or a document of YAML. */
    private static String delimiter(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        List<Integer> delimiters = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("---")) {
                delimiters.add(i);
            }
        }
        if (delimiters.isEmpty()) {
            return Damage.insertLine(raw, "---", random);
        }
        int at = delimiters.get(random.nextInt(delimiters.size()));
        lines.set(at, Damage.raw(List.of("...", "--- ", "----", "-- -", "---x", "--- # comment", "--- !!map", "", "\uFEFF---")
                .get(random.nextInt(9))));
        return Damage.join(lines);
    }

    private static String shorten(String text) {
        return text.length() > 4_000 ? text.substring(0, 4_000) + "\n[... " + (text.length() - 4_000) + " more characters]" : text;
    }
}
