package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;
import org.moocbuilder.translate.po.PoWriter;

class CatalogUpdaterTest {

    private static final ULocale FRENCH = ULocale.FRENCH;

    private static Segment segment(String text, int line) {
        return new Segment(SegmentKind.PARAGRAPH, text, 0, text.length(), SourcePosition.at("content/c/01-m/01-l.md", line, 1),
                text.split(" ").length);
    }

    private static PoFile translated(PoFile file, String id, String translation) {
        List<PoEntry> entries = file.entries().stream().map(e -> !e.id().equals(id) ? e
                : new PoEntry(List.of("checked by Amina"), e.extractedComments(), e.references(), e.flags(), null, null,
                        null, e.id(), null, List.of(translation), false, 0)).toList();
        return new PoFile(file.header(), entries);
    }

    private static PoEntry entry(PoFile file, String id) {
        return file.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void addsNewTextEmptyWithItsKindAndReference() {
        PoFile file = CatalogUpdater.update(Optional.empty(), List.of(segment("Hello world.", 3)), FRENCH, "Academy").file();
        PoEntry hello = entry(file, "Hello world.");
        assertEquals("", hello.translation());
        assertEquals(List.of("paragraph"), hello.extractedComments());
        assertEquals(List.of("content/c/01-m/01-l.md:3"), hello.references());
        assertEquals("fr", file.headerField("Language").orElseThrow());
        assertEquals("nplurals=3; plural=((n == 0 || n == 1)) ? 0 : ((1 && !(n == 0) && n % 1000000 == 0 && 1) || (0)) ? 1 : 2;",
                file.headerField("Plural-Forms").orElseThrow());
    }

    @Test
    void aChangedSourceKeepsItsTranslationMarkedFuzzyWithTheOldSource() {
        PoFile first = CatalogUpdater.update(Optional.empty(), List.of(segment("Data is the raw material of AI.", 3)),
                FRENCH, "Academy").file();
        first = translated(first, "Data is the raw material of AI.", "Les données sont la matière première de l’IA.");
        CatalogUpdater.Result second = CatalogUpdater.update(Optional.of(first),
                List.of(segment("Good data is the raw material of AI.", 3)), FRENCH, "Academy");
        PoEntry changed = entry(second.file(), "Good data is the raw material of AI.");
        assertEquals("Les données sont la matière première de l’IA.", changed.translation());
        assertTrue(changed.isFuzzy());
        assertEquals("Data is the raw material of AI.", changed.previousId());
        assertEquals(List.of("checked by Amina"), changed.translatorComments());
        assertEquals(1, second.fuzzied());
        assertEquals(1, second.file().entries().size(), "the old entry became the fuzzy one, not an obsolete one");
    }

    @Test
    void removedTextIsKeptObsoleteAndRevivedWhenItReturns() {
        PoFile first = translated(CatalogUpdater.update(Optional.empty(), List.of(segment("Summary", 3)), FRENCH, "A").file(),
                "Summary", "Résumé");
        CatalogUpdater.Result removed = CatalogUpdater.update(Optional.of(first),
                List.of(segment("Something entirely different and unrelated here.", 3)), FRENCH, "A");
        assertTrue(entry(removed.file(), "Summary").obsolete());
        assertEquals("Résumé", entry(removed.file(), "Summary").translation());
        assertEquals(1, removed.obsoleted());
        CatalogUpdater.Result back = CatalogUpdater.update(Optional.of(removed.file()), List.of(segment("Summary", 9)),
                FRENCH, "A");
        assertEquals("Résumé", entry(back.file(), "Summary").translation());
        assertTrue(!entry(back.file(), "Summary").obsolete() && !entry(back.file(), "Summary").isFuzzy());
        assertEquals(1, back.revived());
    }

    @Test
    void theSameTextIsOneEntryWithEveryReference() {
        PoFile file = CatalogUpdater.update(Optional.empty(), List.of(segment("Summary", 3), segment("Summary", 40)),
                FRENCH, "A").file();
        assertEquals(1, file.entries().size());
        assertEquals(List.of("content/c/01-m/01-l.md:3", "content/c/01-m/01-l.md:40"), file.entries().get(0).references());
    }

    @Test
    void runningTwiceChangesNothing() {
        List<Segment> segments = List.of(segment("One.", 1), segment("Two.", 2));
        PoFile first = translated(CatalogUpdater.update(Optional.empty(), segments, FRENCH, "A").file(), "One.", "Un.");
        String once = PoWriter.write(CatalogUpdater.update(Optional.of(first), segments, FRENCH, "A").file());
        PoFile again = PoReader.read(once, "fr.po", new Diagnostics()).orElseThrow();
        assertEquals(once, PoWriter.write(CatalogUpdater.update(Optional.of(again), segments, FRENCH, "A").file()));
    }

    @Test
    void similarityIsSharedWordsNotCharacters() {
        assertEquals(1.0, CatalogUpdater.similarity("a b c", "a b c"));
        assertEquals(0.75, CatalogUpdater.similarity("good data is raw", "data is raw"), 1e-9);
        assertTrue(CatalogUpdater.similarity("Summary", "Something entirely different") < CatalogUpdater.SIMILAR);
    }
}
