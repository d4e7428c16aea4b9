package org.moocbuilder.translate.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;
import org.moocbuilder.translate.po.PoWriter;

class XliffTest {

    private static final String PO = """
            # Translations into French.
            #, fuzzy
            msgid ""
            msgstr ""
            "Language: fr\\n"

            # checked by Amina
            #. paragraph
            #: content/c/01-m/01-l.md:7 content/c/01-m/02-l.md:9
            #, fuzzy, no-wrap
            #| msgid "Old <source> & text"
            msgid "New <source> & text"
            msgstr "Nouveau « texte » & <b>"

            msgctxt "button"
            msgid "Open"
            msgstr "Ouvrir"

            #. heading
            msgid "Untranslated"
            msgstr ""

            #~ msgid "Gone"
            #~ msgstr "Parti"
            """;

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void poToXliffToPoLosesNothing(XliffVersion version) throws IOException {
        PoFile po = PoReader.read(PO, "fr.po", new Diagnostics()).orElseThrow();
        String xliff = XliffWriter.write(po, "course.po", "en", "fr", version);
        Diagnostics diagnostics = new Diagnostics();
        XliffFile back = XliffReader.read(xliff, "course.xlf", diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(PO, PoWriter.write(back.po()));
        assertEquals("course.po", back.original());
        assertEquals("fr", back.targetLanguage());
        Path pinned = Path.of("src/test/resources/xliff/course." + version.label() + ".xlf");
        if (Boolean.getBoolean("mooc.updateGolden")) {
            Files.writeString(pinned, xliff);
        }
        assertEquals(xliff, Files.readString(pinned),
                "the written XLIFF is pinned; after an intended change regenerate it with -Dmooc.updateGolden=true and review the diff");
    }

    @Test
    void targetStatesFromOtherToolsMapToPoStates() {
        String xliff = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="course.po" source-language="en" target-language="fr" datatype="po"><body>
                <trans-unit id="a"><source>One</source><target state="final">Un</target></trans-unit>
                <trans-unit id="b"><source>Two</source><target state="needs-review-translation">Deux</target></trans-unit>
                <trans-unit id="c"><source>Three</source><target state="new"></target></trans-unit>
                <trans-unit id="d"><source>Four</source><target>Quatre</target></trans-unit>
                <trans-unit id="e" approved="yes"><source>Five</source><target state="needs-review-translation">Cinq</target></trans-unit>
                </body></file></xliff>
                """;
        List<PoEntry> entries = XliffReader.read(xliff, "x.xlf", new Diagnostics()).orElseThrow().po().entries();
        assertTrue(entries.get(0).isTranslated());
        assertTrue(entries.get(1).isFuzzy());
        assertEquals("", entries.get(2).translation());
        assertTrue(entries.get(3).isTranslated());
        assertTrue(entries.get(4).isTranslated(), "approved=\"yes\" on the trans-unit means reviewed and done");
    }

    @Test
    void importingNeverClearsATranslationAndKeepsUnitsWhoseSourceIsGone() {
        PoFile bundle = PoReader.read("msgid \"A\"\nmsgstr \"Un\"\n\nmsgid \"B\"\nmsgstr \"\"\n", "fr.po", new Diagnostics()).orElseThrow();
        PoFile returned = new PoFile(null, List.of(PoEntry.of("A", ""), PoEntry.of("B", "Deux"), PoEntry.of("Gone", "Parti")));
        XliffMerge.Result result = XliffMerge.merge(bundle, new XliffFile("fr.po", "en", "fr", returned, Map.of()));
        assertEquals("Un", result.file().entries().get(0).translation());
        assertEquals("Deux", result.file().entries().get(1).translation());
        assertTrue(result.file().entries().get(2).obsolete());
        assertEquals("Parti", result.file().entries().get(2).translation());
        assertEquals(1, result.updated());
        assertEquals(1, result.keptObsolete());
    }

    @Test
    void anImportNeverUndoesAPoEditMadeAfterTheExport() {
        PoFile exported = PoReader.read("msgid \"A\"\nmsgstr \"Termes\"\n\nmsgid \"B\"\nmsgstr \"Deux\"\n\nmsgid \"C\"\nmsgstr \"Trois\"\n",
                "fr.po", new Diagnostics()).orElseThrow();
        String xliff = XliffWriter.write(exported, "fr.po", "en", "fr", XliffVersion.V1_2);
        // The agency revises B and C; meanwhile a translator edits A and C in the PO file.
        XliffFile back = XliffReader.read(xliff.replace(">Deux<", ">Deux révisé<").replace(">Trois<", ">Trois (agence)<"),
                "fr.xlf", new Diagnostics()).orElseThrow();
        PoFile edited = PoReader.read("msgid \"A\"\nmsgstr \"Notions\"\n\nmsgid \"B\"\nmsgstr \"Deux\"\n\nmsgid \"C\"\nmsgstr \"Trois (équipe)\"\n",
                "fr.po", new Diagnostics()).orElseThrow();
        XliffMerge.Result result = XliffMerge.merge(edited, back);
        assertEquals(List.of("Notions", "Deux révisé", "Trois (équipe)"),
                result.file().entries().stream().map(PoEntry::translation).toList());
        assertEquals(1, result.updated());
        assertEquals(List.of("Trois (agence)"), result.conflicts().stream().map(XliffMerge.Conflict::returnedText).toList());
    }

    @Test
    void po2xliffOutputIsReadAsXliff12WithTheLanguageOfItsHeader() {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
                  <file original="po/fr/course.po" source-language="en-US" datatype="plaintext">
                    <body>
                      <trans-unit xml:space="preserve" id="1" approved="no" restype="x-gettext-domain-header"><source>Language: fr
                </source><target state="translated">Language: fr
                </target></trans-unit>
                      <trans-unit xml:space="preserve" id="2" approved="yes"><source>One</source>
                        <target state="translated">Un</target>
                        <context-group name="po-reference" purpose="location"><context context-type="sourcefile">content/c.md</context><context context-type="linenumber">3</context></context-group>
                        <note from="po-translator">checked</note>
                      </trans-unit>
                      <trans-unit xml:space="preserve" id="3" approved="no"><source>Two</source>
                        <target state="needs-translation">Deux</target>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """;
        Diagnostics diagnostics = new Diagnostics();
        XliffFile read = XliffReader.read(xliff, "fr.xliff", diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals("fr", read.targetLanguage(), "the header's Language stands in for the missing target-language");
        assertEquals(5, read.targetLanguageAt().line());
        assertEquals(2, read.po().entries().size(), "the header unit is the header, not a text to translate");
        PoEntry one = read.po().entries().get(0);
        assertTrue(one.isTranslated());
        assertEquals(List.of("content/c.md:3"), one.references());
        assertEquals(List.of("checked"), one.translatorComments());
        assertTrue(read.po().entries().get(1).isFuzzy());
    }

    @Test
    void aUnitForAnObsoleteEntryUpdatesItAndAddsNoCopy() {
        PoFile bundle = PoReader.read("# kept\nmsgid \"A\"\nmsgstr \"Un\"\n\n#~ msgid \"Gone\"\n#~ msgstr \"Parti\"\n", "fr.po",
                new Diagnostics()).orElseThrow();
        PoEntry withNote = new PoEntry(List.of("  kept", "new note"), List.of(), List.of(), List.of(), null, null, null, "A",
                null, List.of("Un"), false, 0);
        PoFile returned = new PoFile(null, List.of(withNote, PoEntry.of("Gone", "Partie")));
        XliffMerge.Result result = XliffMerge.merge(bundle, new XliffFile("fr.po", "en", "fr", returned, Map.of()));
        assertEquals(2, result.file().entries().size());
        assertEquals(0, result.keptObsolete());
        assertEquals(List.of("kept", "new note"), result.file().entries().get(0).translatorComments(),
                "a re-indented comment is not new; an added one is kept after the bundle's");
        assertTrue(result.file().entries().get(1).obsolete());
        assertEquals("Partie", result.file().entries().get(1).translation());
        assertEquals(2, result.updated());
    }

    @Test
    void aBrokenFileIsAnErrorAtItsLine() {
        Diagnostics diagnostics = new Diagnostics();
        XliffReader.read("<xliff version=\"1.2\">\n<file>\n</xliff>", "broken.xlf", diagnostics);
        assertEquals("XLF001", diagnostics.sorted().get(0).code());
        assertEquals(3, diagnostics.sorted().get(0).position().line());
    }
}
