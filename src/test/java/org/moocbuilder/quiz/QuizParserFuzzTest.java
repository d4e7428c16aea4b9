package org.moocbuilder.quiz;

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
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.FieldPositions;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.TestMessages;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.testing.Damage;

/**
 * Thousands of damaged variants of the example course's {@code ```quiz} fences (every quiz type
 * is among them), made from a fixed seed (so a failure is reproducible): bits flipped, fences cut
 * short, lines repeated, lost or re-indented, another type, keys and values of the wrong kind,
 * YAML oddities. Parsed at the fence's lines in its lesson, as {@link QuizLoader} parses it, a
 * variant never makes the parser throw: it gives a quiz or diagnostics, never both errors and a
 * quiz, and every diagnostic points inside the fence (its opening line to its closing line).
 * A quiz it gives is drawn as HTML and written as GIFT without an exception.
 */
class QuizParserFuzzTest {

    private static final long SEED = 20_240_614L;
    private static final int VARIANTS = 3_000;

    private static final List<String> TYPES = List.of("single", "multiple", "true-false", "numeric", "short-text", "ordering",
            "matching", "singel", "Single", "", "[single]", "{a: b}", "true", "~");

    /** Values for any key: right or wrong kind, YAML's special scalars, unclosed quotes, anchors, tags. */
    private static final List<String> VALUES = List.of("true", "false", "yes", "No", "~", "null", "", "[]", "{}", "[a, b]",
            "{text: x}", "1", "-1", "0", ".nan", "-.inf", "1e400", "0x1F", "12.5", "\"\"", "''", "'unclosed", "\"unclosed",
            "&a x", "*a", "!!str 5", "!!int x", "!!binary aGk=", "|", ">-", "2147483648", "99999999999999999999", "bad id!",
            "\"</script><!--\"", "\"{x} ~ = # :\"", "\" \"", "- nested");

    /** Lines a quiz may hold, or nearly. */
    private static final List<String> LINES = List.of("---", "...", "id: again", "type: single", "question: Again?",
            "correct: true", "  - text: Extra", "    correct: true", "    correct: yes", "    feedback: [x]", "  - Plain choice",
            "  - [nested]", "  - {}", "- item", "pairs:", "  - left: L", "    right: R", "  - left: Same", "    right: Same",
            "items:", "answers: []", "answer: 3", "tolerance: -1", "points: 0", "points: 2", "explanation:", "hint: |",
            "unknown: key", "choices: []", "choices: {a: b}", "\tchoices:", "? x", ": y", "&a", "*a", "%YAML 1.2",
            "x: " + "[".repeat(60));

    private static final List<String> KEYS = List.of("id", "type", "question", "choices", "answer", "tolerance", "answers",
            "items", "pairs", "explanation", "hint", "points", "text", "correct", "feedback", "left", "right", "Choices", "");

    /** A {@code ```quiz} fence of an example lesson: its lesson, the line of its first line, its text. */
    private record Fence(String lesson, int firstLine, String yaml) {
    }

    @Test
    void damagedQuizzesGiveDiagnosticsInsideTheirFenceNeverAnException() throws IOException {
        List<Fence> fences = fences();
        MarkdownRenderer markdown = MarkdownRenderer.forReading(false);
        QuizHtml html = new QuizHtml(TestMessages.english(), LocaleInfo.of("en"), LocaleInfo.of("en"), text -> Optional.empty(),
                "course");
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < VARIANTS; i++) {
            Fence fence = fences.get(i % fences.size());
            String raw = Damage.raw(fence.yaml());
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                raw = mutate(raw, random);
            }
            String yaml = Damage.decoded(raw);
            try {
                Diagnostics diagnostics = new Diagnostics();
                Optional<Quiz> quiz = QuizParser.parse(yaml, fence.lesson(), fence.firstLine(), diagnostics);
                String problem = check(quiz, diagnostics, fence, Damage.lineCount(yaml));
                if (problem == null && quiz.isPresent()) {
                    problem = html.render("quiz", yaml, fence.firstLine(), markdown::inline).isPresent() ? null
                            : "read as a quiz, but not drawn";
                    GiftWriter.write(new CourseQuizzes("c", List.of(new CourseQuizzes.LessonQuizzes(lesson(fence), List.of(quiz.get())))),
                            text -> Optional.empty());
                }
                if (problem != null) {
                    failures.add("variant " + i + " of " + fence.lesson() + ":" + fence.firstLine() + ": " + problem + "\n" + yaml);
                }
                if (quiz.isPresent()) {
                    accepted++;
                } else {
                    refused++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("variant " + i + " of " + fence.lesson() + ":" + fence.firstLine() + ": " + e + "\n" + yaml);
            }
        }
        assertEquals(List.of(), failures.stream().limit(3).toList(), failures.size() + " of " + VARIANTS + " variants failed");
        assertTrue(accepted > VARIANTS / 10 && refused > VARIANTS / 2,
                "the variants should exercise both paths: " + accepted + " read, " + refused + " refused");
    }

    /** What must hold for any input; null when it does. */
    private static String check(Optional<Quiz> quiz, Diagnostics diagnostics, Fence fence, int lines) {
        int opening = fence.firstLine() - 1;
        int closing = fence.firstLine() + lines;
        for (Diagnostic d : diagnostics.sorted()) {
            if (!d.position().file().equals(fence.lesson()) || d.position().line() < opening || d.position().line() > closing
                    || d.position().column() < 0) {
                return "diagnostic outside the fence (lines " + opening + " to " + closing + "): " + d.format();
            }
        }
        if (quiz.isEmpty()) {
            return diagnostics.hasErrors() ? null : "refused without an error";
        }
        if (diagnostics.hasErrors()) {
            return "read although errors were reported: " + diagnostics.sorted();
        }
        return quiz.get().texts().stream().anyMatch(t -> t.text() == null) ? "a text of the quiz is null" : null;
    }

    private static String mutate(String raw, Random random) {
        if (raw.isEmpty()) {
            return Damage.raw(LINES.get(random.nextInt(LINES.size())));
        }
        return switch (random.nextInt(7)) {
            case 0, 1 -> Damage.any(raw, random);
            case 2 -> Damage.insertLine(raw, Damage.raw(LINES.get(random.nextInt(LINES.size()))), random);
            case 3 -> replaceOnLine(raw, random, "type: ", TYPES);
            case 4 -> replaceValue(raw, random);
            case 5 -> replaceKey(raw, random);
            default -> indent(raw, random);
        };
    }

    /** Gives the line starting with {@code key} another value from {@code values}. */
    private static String replaceOnLine(String raw, Random random, String key, List<String> values) {
        List<String> lines = Damage.lines(raw);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key)) {
                lines.set(i, key + Damage.raw(values.get(random.nextInt(values.size()))));
            }
        }
        return Damage.join(lines);
    }

    /** Gives a {@code key: value} line, at any depth, another value. */
    private static String replaceValue(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return raw;
        }
        lines.set(at, line.substring(0, colon + 2) + Damage.raw(VALUES.get(random.nextInt(VALUES.size()))));
        return Damage.join(lines);
    }

    /** Gives a {@code key: value} line, at any depth, another key: a quiz key twice, a key of a choice at the top. */
    private static String replaceKey(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int colon = line.indexOf(':');
        if (colon < 0) {
            return raw;
        }
        int start = line.length() - line.stripLeading().length();
        if (line.startsWith("- ", start)) {
            start += 2;
        }
        if (start > colon) {
            return raw;
        }
        lines.set(at, line.substring(0, start) + KEYS.get(random.nextInt(KEYS.size())) + line.substring(colon));
        return Damage.join(lines);
    }

    /** Indents a line more or less, with spaces or a tab. */
    private static String indent(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        lines.set(at, switch (random.nextInt(4)) {
            case 0 -> " ".repeat(1 + random.nextInt(4)) + line;
            case 1 -> "\t" + line;
            case 2 -> line.length() > 2 && line.startsWith("  ") ? line.substring(2) : line;
            default -> line.stripLeading();
        });
        return Damage.join(lines);
    }

    /** Every {@code ```quiz} fence of the example lessons, with the line numbers of the lesson file. */
    private static List<Fence> fences() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            lessons = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<Fence> fences = new ArrayList<>();
        for (Path lesson : lessons) {
            List<String> lines = Files.readAllLines(lesson);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("```quiz")) {
                    int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
                    String yaml = String.join("\n", lines.subList(i + 1, end)) + "\n";
                    fences.add(new Fence(lesson.toString().replace('\\', '/'), i + 2, yaml));
                }
            }
        }
        List<String> types = fences.stream().map(f -> f.yaml().lines().filter(l -> l.startsWith("type: ")).findFirst().orElse(""))
                .distinct().sorted().toList();
        assertEquals(7, types.size(), "every quiz type should be among the examples: " + types);
        for (Fence fence : fences) {
            Diagnostics diagnostics = new Diagnostics();
            assertTrue(QuizParser.parse(fence.yaml(), fence.lesson(), fence.firstLine(), diagnostics).isPresent(),
                    fence + " should read before it is damaged: " + diagnostics.sorted());
        }
        return fences;
    }

    private static Lesson lesson(Fence fence) {
        return new Lesson("l", "Lesson", "", Optional.empty(), List.of(), new MarkdownSource(fence.lesson(), "c/m/l.md", "", 1),
                "c/m/l.html", FieldPositions.none(fence.lesson()));
    }
}
