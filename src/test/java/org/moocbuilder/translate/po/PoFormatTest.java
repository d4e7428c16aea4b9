package org.moocbuilder.translate.po;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;

class PoFormatTest {

    private static final String RICH = """
            # Translations into French.
            msgid ""
            msgstr ""
            "Language: fr\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"

            # A translator's note
            #. paragraph
            #: content/c/01-m/01-l.md:7 content/c/01-m/02-l.md:9
            #, fuzzy
            #| msgid "The old \\"source\\""
            msgid "The new \\"source\\" with a \\\\ backslash"
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
            msgstr[1] "%d fichiers"
            msgstr[2] "%d de fichiers"

            #, fuzzy
            #~| msgid "Gone before"
            #~ msgid "Gone"
            #~ msgstr "Parti"
            """;

    @Test
    void readsAndWritesEveryPartOfAFileWithoutChangingAByte() {
        Diagnostics diagnostics = new Diagnostics();
        PoFile file = PoReader.read(RICH, "fr.po", diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(RICH, PoWriter.write(file));
        assertEquals("fr", file.headerField("Language").orElseThrow());
        PoEntry fuzzy = file.entries().get(0);
        assertEquals("The new \"source\" with a \\ backslash", fuzzy.id());
        assertEquals("The old \"source\"", fuzzy.previousId());
        assertTrue(fuzzy.isFuzzy());
        assertEquals(List.of("content/c/01-m/01-l.md:7", "content/c/01-m/02-l.md:9"), fuzzy.references());
        assertEquals(7, fuzzy.line());
        assertEquals("button", file.entries().get(1).context());
        assertEquals("First line\nSecond line", file.entries().get(2).id());
        assertEquals(3, file.entries().get(3).strings().size());
        PoEntry obsolete = file.entries().get(4);
        assertTrue(obsolete.obsolete());
        assertEquals("Gone before", obsolete.previousId());
        assertEquals("Parti", obsolete.translation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            msgid "a"\\nmsgstr "b                       | 2 | a string must be written in double quotes
            msgid "a"\\nmsgid "b"\\nmsgstr ""            | 2 | unexpected `msgid`
            msgstr "b"                                  | 1 | unexpected `msgstr`
            msgid "a"\\nmsgstr "x"\\n\\nmsgid "a"\\nmsgstr "y" | 4 | duplicate entry for msgid "a"
            msgid "a"\\nmsgstr "x\\q"                    | 2 | unknown escape `\\q`
            #$ strange comment                          | 1 | unknown comment `#$ `
            msgid "a"                                   | 1 | entry without msgstr
            """)
    void reportsASyntaxErrorAtItsLineAndGivesNoCatalog(String text, int line, String message) {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(PoReader.read(text.replace("\\n", "\n"), "fr.po", diagnostics).isEmpty());
        Diagnostic found = diagnostics.sorted().get(0);
        assertEquals("PO001", found.code());
        assertEquals(line, found.position().line(), found.format());
        assertTrue(found.message().startsWith(message), found.message());
        assertTrue(found.message().endsWith("; the file is not used"), found.message());
    }
}
