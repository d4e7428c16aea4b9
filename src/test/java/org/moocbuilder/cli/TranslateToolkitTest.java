package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.testing.ExternalTools;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;
import org.moocbuilder.translate.po.PoWriter;

/**
 * The example course's bundles through a real CAT tool chain: {@code mooc export}, then
 * translate-toolkit's xliff2po (the translator works in PO) and po2xliff (which writes XLIFF 1.1
 * without a target language), then {@code mooc import}. Nothing a translator did may be lost and
 * nothing may change that they did not change. Needs Debian's translate-toolkit; CI installs it
 * and sets MOOC_REQUIRE_TRANSLATE_TOOLKIT=1 so the test cannot be skipped there.
 */
class TranslateToolkitTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void translateToolkitIsInstalled() {
        ExternalTools.assume("xliff2po", "MOOC_REQUIRE_TRANSLATE_TOOLKIT", "translate-toolkit");
    }

    @BeforeEach
    void exampleCourse() throws IOException {
        PathUtils.copyDirectory(Path.of("content"), dir.resolve("content"));
        PathUtils.copyDirectory(Path.of("locales"), dir.resolve("locales"));
    }

    private int mooc(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Every bundle under locales/, by path. */
    private Map<String, String> bundles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("locales"))) {
            return walk.filter(f -> f.toString().endsWith(".po")).collect(Collectors.toMap(
                    f -> dir.relativize(f).toString(), f -> read(f), (a, b) -> a, TreeMap::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PoFile po(Path file) throws IOException {
        return PoReader.read(Files.readString(file), file.toString(), new Diagnostics()).orElseThrow();
    }

    /** Exports every bundle, converts them all to PO with xliff2po (one run: it walks folders), and returns the PO files. */
    private List<Path> exportToPo() throws Exception {
        assertEquals(0, mooc("export", "--source", dir.toString(), "--format", "xliff", "--out", dir.resolve("x").toString()),
                err.toString());
        ExternalTools.run(dir, "xliff2po", "--progress=none", "x", "po");
        List<Path> converted = files(dir.resolve("po"), ".po");
        assertEquals(10, converted.size(), "five languages, a course bundle and a site bundle each");
        return converted;
    }

    /** po2xliff on the PO files (relative paths, as a person would type them), then mooc import of them all. */
    private String backToXliffAndImport() throws Exception {
        ExternalTools.run(dir, "po2xliff", "--progress=none", "po", "back");
        List<String> args = new ArrayList<>(List.of("import", "--source", dir.toString()));
        for (Path xliff : files(dir.resolve("back"), ".xliff")) {
            assertTrue(Files.readString(xliff).contains("version=\"1.1\""), "po2xliff writes XLIFF 1.1");
            args.add(xliff.toString());
        }
        assertEquals(0, mooc(args.toArray(String[]::new)), err.toString());
        assertEquals("", err.toString());
        return out.toString();
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void aRoundTripThroughXliff2poAndPo2xliffChangesNothing() throws Exception {
        Map<String, String> before = bundles();
        List<Path> poFiles = exportToPo();
        for (Path converted : poFiles) {
            String language = converted.getParent().getFileName().toString();
            PoFile bundle = po(dir.resolve("locales").resolve(language).resolve(converted.getFileName()));
            Map<String, PoEntry> translatorSees = po(converted).entries().stream()
                    .collect(Collectors.toMap(PoEntry::id, Function.identity()));
            for (PoEntry entry : bundle.entries().stream().filter(e -> !e.obsolete()).toList()) {
                PoEntry seen = translatorSees.get(entry.id());
                assertEquals(entry.translation(), seen.translation(), converted + ": " + entry.id());
                assertEquals(entry.isFuzzy(), seen.isFuzzy(), converted + ": translated stays translated, fuzzy stays fuzzy: "
                        + entry.id());
                assertEquals(entry.references(), seen.references(), converted + ": file references reach the translator");
                assertEquals(entry.extractedComments(), seen.extractedComments(), converted + ": notes reach the translator");
            }
        }
        String report = backToXliffAndImport();
        assertEquals(before, bundles(), "every bundle comes back byte for byte: no fuzzy, no obsolete, notes and references kept");
        assertEquals(10, report.lines().filter(l -> l.matches(".*: 0 updated, \\d+ unchanged, 0 kept as obsolete")).count(), report);
    }

    @Test
    void whatTheTranslatorDidInPoComesBackAndNothingElseChanges() throws Exception {
        Path frBundle = dir.resolve("locales/fr/ai-public-sector.po");
        PoFile bundle = po(frBundle);
        PoEntry stale = bundle.entries().stream().filter(e -> e.isFuzzy() && e.previousId() != null).findFirst().orElseThrow();
        PoEntry done = bundle.entries().stream().filter(PoEntry::isTranslated).skip(3).findFirst().orElseThrow();
        exportToPo();

        // In the PO file: the translator confirms the stale entry, rewords one and notes why.
        Path frPo = dir.resolve("po/fr/ai-public-sector.po");
        PoFile theirs = po(frPo);
        List<PoEntry> edited = new ArrayList<>();
        for (PoEntry e : theirs.entries()) {
            if (e.id().equals(stale.id())) {
                e = new PoEntry(e.translatorComments(), e.extractedComments(), e.references(), List.of(), null, null,
                        e.context(), e.id(), null, e.strings(), false, 0);
            } else if (e.id().equals(done.id())) {
                e = new PoEntry(List.of("reworded after review"), e.extractedComments(), e.references(), e.flags(), null, null,
                        e.context(), e.id(), null, List.of(e.translation() + " (revu)"), false, 0);
            }
            edited.add(e);
        }
        Files.writeString(frPo, PoWriter.write(new PoFile(theirs.header(), edited)));
        String report = backToXliffAndImport();

        assertTrue(report.contains("locales/fr/ai-public-sector.po: 2 updated, "), report);
        PoFile after = po(frBundle);
        assertEquals(bundle.entries().size(), after.entries().size(), "no entry added, none lost");
        for (int i = 0; i < bundle.entries().size(); i++) {
            PoEntry was = bundle.entries().get(i);
            PoEntry now = after.entries().get(i);
            assertEquals(was.id(), now.id());
            assertEquals(was.references(), now.references());
            assertEquals(was.extractedComments(), now.extractedComments());
            assertEquals(was.obsolete(), now.obsolete());
            if (was.id().equals(stale.id())) {
                assertFalse(now.isFuzzy(), "confirmed in the tool: no longer fuzzy");
                assertEquals(null, now.previousId(), "the previous source goes with the fuzzy mark, as msgmerge does");
            } else if (was.id().equals(done.id())) {
                assertEquals(was.translation() + " (revu)", now.translation());
                assertEquals(List.of("reworded after review"), now.translatorComments());
            } else {
                assertEquals(atLine0(was), atLine0(now));
            }
        }
    }

    private static PoEntry atLine0(PoEntry e) {
        return new PoEntry(e.translatorComments(), e.extractedComments(), e.references(), e.flags(), e.previousContext(),
                e.previousId(), e.context(), e.id(), e.idPlural(), e.strings(), e.obsolete(), 0);
    }
}
