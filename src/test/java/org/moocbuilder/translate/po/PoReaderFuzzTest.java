package org.moocbuilder.translate.po;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.testing.Damage;
import org.moocbuilder.translate.Catalogs;

/**
 * Thousands of damaged variants of the example course's translation bundles, made from a fixed
 * seed (so a failure is reproducible): bits flipped, files cut short, lines repeated or lost,
 * quotes left open, stray backslashes, huge lines, bytes that are not UTF-8, plural forms out of
 * order and {@code #|} previous fields in the wrong places. Read as the build reads a bundle
 * (from disk, strictly as UTF-8) and as text, a variant never makes the reader throw: it gives
 * a file or diagnostics inside the file, never a file with errors; and a file it gives is
 * written by {@link PoWriter} as a bundle that reads back without a finding, the same again.
 */
class PoReaderFuzzTest {

    private static final long SEED = 20_240_612L;
    private static final int VARIANTS = 3_000;
    /** Entries taken from each example bundle: enough for every kind of entry, small enough to read thousands of times. */
    private static final int ENTRIES = 15;

    /** What the example bundles lack: context, plural forms, multi-line strings, obsolete entries. */
    private static final String RICH = """
            # Translations into French.
            msgid ""
            msgstr ""
            "Language: fr\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Plural-Forms: nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;\\n"

            # A translator's note
            #. paragraph
            #: content/c/01-m/01-l.md:7 content/c/01-m/02-l.md:9
            #, fuzzy
            #| msgctxt "old"
            #| msgid "The old \\"source\\""
            msgid "The new \\"source\\" with a \\\\ backslash\\t"
            msgstr "La nouvelle « source »"

            msgctxt "button"
            msgid "Open"
            msgstr "Ouvrir"

            msgid ""
            "First line\\n"
            "Second line"
            msgstr ""
            "Première ligne\\n"
            "Deuxième ligne"

            msgid "one file"
            msgid_plural "%d files"
            msgstr[0] "un fichier"
            msgstr[1] "%d de fichiers"
            msgstr[2] "%d fichiers"

            #, fuzzy
            #~| msgid "Gone before"
            #~ msgid "Gone"
            #~ msgstr "Parti"
            """;

    /** Lines a PO file may hold, or nearly: keywords, strings, comments, header fields. */
    private static final List<String> LINES = List.of("msgctxt \"menu\"", "msgid \"\"", "msgstr \"\"", "msgstr[0] \"\"",
            "msgid_plural \"many\"", "\"Language: fr\\n\"", "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"", "#~ msgid \"Gone\"",
            "#~ msgstr \"Parti\"", "#~", "#, fuzzy", "#,", "#", "#:", "#.", "#~ # note", "\"", "\"\"", "\"\\\"", "\"\\\\\"", "msgid",
            "msgid \"a\" \"b\"", " msgid \"indented\"", "\tmsgstr \"tab\"", "msgstr \"\\u00e9\\x41\\101\"", "#$", "\u00A0");

    /** {@code #|} previous fields, and things that look like them, for any line. */
    private static final List<String> PREVIOUS = List.of("#| msgid \"Old text\"", "#| msgctxt \"old\"", "#~| msgid \"gone\"",
            "#| \"continued\"", "#| msgstr \"x\"", "#|", "#| msgid_plural \"x\"", "#|msgid\"x\"", "#~| msgctxt \"x\"", "#| msgid \"");

    /** Keywords one may be swapped for: those an entry has and some that are wrong. */
    private static final List<String> KEYWORDS = List.of("msgctxt", "msgid", "msgstr", "msgid_plural", "msgstr[0]", "msgstr[1]",
            "msgstr[2]", "msgstr[7]", "msgstr[]", "msgstr[-1]", "msgstr [0]", "msgstr[01]", "#~ msgstr", "#| msgid");

    @TempDir
    Path project;

    @Test
    void damagedBundlesGiveDiagnosticsNeverAnExceptionAndWhatIsReadWritesBack() throws IOException {
        List<Base> bases = bases();
        Catalogs catalogs = new Catalogs(project.resolve("locales"), new SourceReader(project));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < VARIANTS; i++) {
            Base base = bases.get(i % bases.size());
            String raw = Damage.raw(base.text());
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                raw = mutate(raw, random);
            }
            Path file = catalogs.file(base.locale(), "fuzz");
            Files.createDirectories(file.getParent());
            Files.write(file, Damage.bytes(raw));
            String text = Damage.decoded(raw);
            String shown = "locales/" + base.locale() + "/fuzz.po";
            try {
                Diagnostics fromDisk = new Diagnostics();
                Optional<PoFile> read = catalogs.read(base.locale(), "fuzz", fromDisk);
                String problem = check(read, fromDisk, shown, Damage.lineCount(text));
                if (problem == null) {
                    Diagnostics fromText = new Diagnostics();
                    problem = check(PoReader.read(text, "t.po", fromText), fromText, "t.po", Damage.lineCount(text));
                }
                if (problem != null) {
                    failures.add("variant " + i + " of " + base.name() + ": " + problem + "\n" + shorten(text));
                }
                if (read.isPresent()) {
                    accepted++;
                } else {
                    refused++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("variant " + i + " of " + base.name() + ": " + e + "\n" + shorten(text));
            }
        }
        assertEquals(List.of(), failures.stream().limit(3).toList(), failures.size() + " of " + VARIANTS + " variants failed");
        assertTrue(accepted > VARIANTS / 10 && refused > VARIANTS / 2,
                "the variants should exercise both paths: " + accepted + " read, " + refused + " refused");
    }

    /** What must hold for any input; null when it does. */
    private static String check(Optional<PoFile> file, Diagnostics diagnostics, String shown, int lines) {
        for (Diagnostic d : diagnostics.sorted()) {
            if (!d.position().file().equals(shown) || d.position().line() < 1 || d.position().line() > lines + 1
                    || d.position().column() < 0 || !List.of("PO001", "PO002", "SRC002").contains(d.code())) {
                return "diagnostic out of place (the file has " + lines + " lines): " + d.format();
            }
        }
        if (file.isEmpty()) {
            return diagnostics.hasErrors() ? null : "refused without an error";
        }
        if (diagnostics.hasErrors()) {
            return "read although errors were reported: " + diagnostics.sorted();
        }
        String written = PoWriter.write(file.get());
        Diagnostics reread = new Diagnostics();
        Optional<PoFile> again = PoReader.read(written, "w.po", reread);
        if (again.isEmpty() || !reread.sorted().isEmpty()) {
            return "what was read is written as a file that does not read back: " + reread.sorted() + "\n" + shorten(written);
        }
        if (!PoWriter.write(again.get()).equals(written)) {
            return "written, read and written again, the file changes:\n" + shorten(written);
        }
        return null;
    }

    private static String mutate(String raw, Random random) {
        if (raw.isEmpty()) {
            return Damage.raw(LINES.get(random.nextInt(LINES.size())));
        }
        return switch (random.nextInt(8)) {
            case 0, 1 -> Damage.any(raw, random);
            case 2 -> onQuotedLine(raw, random, "\"");
            case 3 -> onQuotedLine(raw, random, "\\");
            case 4 -> Damage.insertLine(raw, Damage.raw(PREVIOUS.get(random.nextInt(PREVIOUS.size()))), random);
            case 5 -> Damage.insertLine(raw, Damage.raw(LINES.get(random.nextInt(LINES.size()))), random);
            case 6 -> swapKeyword(raw, random);
            default -> random.nextBoolean() ? pluralize(raw, random) : shuffleEntry(raw, random);
        };
    }

    /** Puts a quote or a backslash somewhere in a line holding a string, or takes one quote away. */
    private static String onQuotedLine(String raw, Random random, String insert) {
        List<String> lines = Damage.lines(raw);
        List<Integer> quoted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("\"")) {
                quoted.add(i);
            }
        }
        if (quoted.isEmpty()) {
            return raw;
        }
        int at = quoted.get(random.nextInt(quoted.size()));
        String line = lines.get(at);
        int quote = line.indexOf('"');
        if (insert.equals("\"") && random.nextBoolean()) {
            int which = random.nextBoolean() ? quote : line.length() - 1;
            lines.set(at, line.substring(0, which) + line.substring(which + 1));
        } else {
            int where = random.nextBoolean() ? line.length() - 1 : quote + 1 + random.nextInt(line.length() - quote);
            lines.set(at, line.substring(0, where) + insert + line.substring(where));
        }
        return Damage.join(lines);
    }

    /** Gives a keyword line another keyword, right or wrong for its place. */
    private static String swapKeyword(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        List<Integer> keywords = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("msg") || lines.get(i).startsWith("#~ msg")) {
                keywords.add(i);
            }
        }
        if (keywords.isEmpty()) {
            return raw;
        }
        int at = keywords.get(random.nextInt(keywords.size()));
        String line = lines.get(at);
        int space = line.indexOf(' ', line.startsWith("#~") ? 3 : 0);
        if (space < 0) {
            return raw;
        }
        lines.set(at, KEYWORDS.get(random.nextInt(KEYWORDS.size())) + line.substring(space));
        return Damage.join(lines);
    }

    /**
     * Makes an entry plural: msgid_plural before (or after) its msgstr, which becomes one to four
     * {@code msgstr[n]}, numbered in order, shuffled, repeated or with a gap.
     */
    private static String pluralize(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        List<Integer> strings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("msgstr ")) {
                strings.add(i);
            }
        }
        if (strings.isEmpty()) {
            return raw;
        }
        int at = strings.get(random.nextInt(strings.size()));
        String value = lines.get(at).substring("msgstr ".length());
        List<String> plural = new ArrayList<>();
        int forms = 1 + random.nextInt(4);
        for (int n = 0; n < forms; n++) {
            plural.add("msgstr[" + n + "] " + value);
        }
        switch (random.nextInt(4)) {
            case 0 -> { }
            case 1 -> Collections.shuffle(plural, random);
            case 2 -> plural.add(plural.get(random.nextInt(plural.size())));
            default -> plural.set(random.nextInt(plural.size()), "msgstr[" + (forms + 1) + "] " + value);
        }
        plural.add(random.nextInt(4) == 0 ? plural.size() : 0, "msgid_plural \"%d more\"");
        lines.remove(at);
        lines.addAll(at, plural);
        return Damage.join(lines);
    }

    /** Swaps two lines of one entry. */
    private static String shuffleEntry(String raw, Random random) {
        List<String> lines = Damage.lines(raw);
        int start = random.nextInt(lines.size());
        while (start > 0 && !lines.get(start - 1).isEmpty()) {
            start--;
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        if (end - start < 2) {
            return raw;
        }
        int a = start + random.nextInt(end - start);
        int b = start + random.nextInt(end - start);
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        return Damage.join(lines);
    }

    /** A file to damage, and the language it is for (Plural-Forms is checked against it). */
    private record Base(String name, String locale, String text) {
    }

    /**
     * The header and {@value #ENTRIES} entries of each example bundle (for French, those around
     * its entry with a {@code #|} previous text), both site bundles with Plural-Forms, and RICH.
     */
    private static List<Base> bases() throws IOException {
        List<Base> bases = new ArrayList<>();
        String[][] windows = {{"ar", "1"}, {"es", "200"}, {"fr", "550"}, {"ru", "380"}, {"zh", "680"}};
        for (String[] window : windows) {
            Path path = Path.of("locales", window[0], "ai-public-sector.po");
            List<String> blocks = Arrays.asList(Files.readString(path).split("\n\n"));
            int start = Integer.parseInt(window[1]);
            String text = blocks.get(0) + "\n\n" + String.join("\n\n", blocks.subList(start, start + ENTRIES)) + "\n";
            bases.add(new Base(path.toString(), window[0], text));
        }
        for (String locale : List.of("ar", "zh")) {
            Path path = Path.of("locales", locale, "site.po");
            bases.add(new Base(path.toString(), locale, Files.readString(path)));
        }
        bases.add(new Base("RICH", "fr", RICH));
        for (Base base : bases) {
            Diagnostics diagnostics = new Diagnostics();
            assertTrue(PoReader.read(base.text(), base.name(), diagnostics).isPresent() && diagnostics.sorted().isEmpty(),
                    base.name() + " should read without a finding before it is damaged: " + diagnostics.sorted());
        }
        return bases;
    }

    private static String shorten(String text) {
        return text.length() > 4_000 ? text.substring(0, 4_000) + "\n[... " + (text.length() - 4_000) + " more characters]" : text;
    }
}
