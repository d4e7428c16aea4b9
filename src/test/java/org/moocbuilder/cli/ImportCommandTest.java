package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;

/**
 * {@code mooc import} takes XLIFF files from outside: an agency, a CAT tool, anyone. What a file
 * says decides nothing about where it is written, a suggestion is never the translation, a
 * malformed or hostile file is a positioned diagnostic (never a stack trace), and a unit with a
 * code we cannot map back is refused alone.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int mooc(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** The minimal course in Arabic and French, with its bundles made by mooc extract. */
    @BeforeEach
    void course() {
        CourseFiles.write(dir, CourseFiles.MINIMAL, """
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar, fr]
                """);
        assertEquals(0, mooc("extract", "--source", dir.toString()), err.toString());
    }

    private Path xliff(String name, String text) throws IOException {
        Path file = dir.resolve("returned").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private int importing(Path... files) {
        String[] args = new String[files.length + 3];
        args[0] = "import";
        args[1] = "--source";
        args[2] = dir.toString();
        for (int i = 0; i < files.length; i++) {
            args[i + 3] = files[i].toString();
        }
        return mooc(args);
    }

    /** Every file under locales/, as bytes. */
    private Map<String, String> bundles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("locales"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private String po(String path) throws IOException {
        return Files.readString(dir.resolve(path));
    }

    private void assertRefused(int exit, Map<String, String> before, String expectedErr) throws IOException {
        assertEquals(expectedErr, err.toString());
        assertEquals(1, exit, "a refused file is an error, not an internal error (70)");
        assertEquals("", out.toString(), "no bundle was written");
        assertEquals(before, bundles(), "no file under locales/ changed");
    }

    @Test
    void attributesThatClimbOutOfTheLanguageFolderRewriteNothing() throws IOException {
        Map<String, String> before = bundles();
        Path traversal = xliff("fr.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="../../locales/fr/site.po" source-language="en" target-language="fr/pages/../" datatype="po">
                    <body>
                      <trans-unit id="1"><source>Test Academy</source><target>Piraté</target></trans-unit>
                    </body>
                  </file>
                </xliff>
                """);
        Path pathAsOriginal = xliff("ar.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="../../locales/ar/site.po" source-language="en" target-language="ar" datatype="po">
                    <body>
                      <trans-unit id="1"><source>Test Academy</source><target>Piraté</target></trans-unit>
                    </body>
                  </file>
                </xliff>
                """);
        assertRefused(importing(traversal, pathAsOriginal), before, pathAsOriginal + """
                :2:9: error[XLF010]: `original` `../../locales/ar/site.po` is not the name of a bundle for ar; nothing was imported from this file
                  hint: `original` is the bundle's file name, as mooc export writes it; ar has: course-a.po, site.po
                """ + traversal + """
                :3:66: error[XLF009]: target language `fr/pages/../` for bundle `../../locales/fr/site.po` is not one of the site's (ar, fr); nothing was imported from this file
                  hint: the target language must be one of `locales:` in content/site.yml, written the same way; import the files mooc export wrote
                """);
    }

    @Test
    void aTargetLanguageMustBeOneOfTheSitesExactlyAndPresent() throws IOException {
        Map<String, String> before = bundles();
        Path german = xliff("de.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="site.po" source-language="en" target-language="de" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target>Testakademie</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        Path otherCase = xliff("fr-FR.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="site.po" source-language="en" target-language="FR" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target>Académie</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        Path none = xliff("none.xlf", """
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">
                  <file id="f1" original="site.po">
                    <unit id="u1"><segment><source>Test Academy</source><target>Académie</target></segment></unit>
                  </file>
                </xliff>
                """);
        assertRefused(importing(german, otherCase, none), before, german + """
                :2:49: error[XLF009]: target language `de` for bundle `site.po` is not one of the site's (ar, fr); nothing was imported from this file
                  hint: the target language must be one of `locales:` in content/site.yml, written the same way; import the files mooc export wrote
                """ + otherCase + """
                :2:49: error[XLF009]: target language `FR` for bundle `site.po` is not one of the site's (ar, fr); nothing was imported from this file
                  hint: the target language must be one of `locales:` in content/site.yml, written the same way; import the files mooc export wrote
                """ + none + """
                :1:1: error[XLF009]: the file names no target language (`trgLang` on <xliff>) for bundle `site.po`; nothing was imported from this file
                  hint: the target language must be one of `locales:` in content/site.yml, written the same way; import the files mooc export wrote
                """);
    }

    @Test
    void anOriginalMustNameABundleTheLanguageHas() throws IOException {
        Map<String, String> before = bundles();
        Path unknown = xliff("unknown.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="course-z.po" source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target>Académie</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        Path missing = xliff("missing.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target>Académie</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        Path notAPoFile = xliff("ui.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="ui.json" source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target>Académie</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        assertRefused(importing(unknown, missing, notAPoFile), before, missing + """
                :2:3: error[XLF010]: the file names no bundle (`original` on <file>) for fr; nothing was imported from this file
                  hint: `original` is the bundle's file name, as mooc export writes it; fr has: course-a.po, site.po
                """ + notAPoFile + """
                :2:9: error[XLF010]: `original` `ui.json` is not the name of a bundle for fr; nothing was imported from this file
                  hint: `original` is the bundle's file name, as mooc export writes it; fr has: course-a.po, site.po
                """ + unknown + """
                :2:9: error[XLF003]: no bundle locales/fr/course-z.po to import into (fr); nothing was imported from this file
                  hint: run mooc extract, then import files written by mooc export; fr has: course-a.po, site.po
                """);
    }

    @Test
    void aSuggestionIsNeverImportedAsTheTranslation() throws IOException {
        Path v12 = xliff("course-a.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="course-a.po" source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1">
                      <source>First lesson</source>
                      <target state="translated">Première leçon</target>
                      <alt-trans match-quality="71%" origin="tm">
                        <source>Last lesson</source>
                        <target>Leçon suggérée</target>
                      </alt-trans>
                    </trans-unit>
                    <trans-unit id="2">
                      <source>Second lesson</source>
                      <alt-trans origin="mt"><source>Second lesson</source><target>Deuxième leçon (MT)</target></alt-trans>
                    </trans-unit>
                  </body></file>
                </xliff>
                """);
        Path v20 = xliff("site.xlf", """
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"
                    xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="en" trgLang="fr">
                  <file id="f1" original="site.po">
                    <unit id="u1">
                      <mtc:matches>
                        <mtc:match ref="#s1" similarity="90"><source>Test Academy</source><target>Suggestion</target></mtc:match>
                      </mtc:matches>
                      <segment id="s1" state="initial"><source>Test Academy</source></segment>
                    </unit>
                  </file>
                </xliff>
                """);
        assertEquals(0, importing(v12, v20), err.toString());
        assertEquals("", err.toString());
        String course = po("locales/fr/course-a.po");
        assertTrue(course.contains("msgid \"First lesson\"\nmsgstr \"Première leçon\"\n"), course);
        assertTrue(course.contains("msgid \"Second lesson\"\nmsgstr \"\"\n"), course);
        assertFalse(course.contains("suggérée") || course.contains("(MT)") || course.contains("Last lesson"), course);
        assertTrue(po("locales/fr/site.po").contains("msgid \"Test Academy\"\nmsgstr \"\"\n"), po("locales/fr/site.po"));
        assertEquals("""
                locales/fr/course-a.po: 1 updated, 0 unchanged, 0 kept as obsolete
                locales/fr/site.po: 0 updated, 0 unchanged, 0 kept as obsolete
                """, out.toString());
    }

    @Test
    void anElementOutsideAUnitIsAPositionedErrorNotACrash() throws IOException {
        Map<String, String> before = bundles();
        Path inBody = xliff("body.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="site.po" source-language="en" target-language="fr" datatype="po"><body>
                    <target>Académie</target>
                    <trans-unit id="1"><source>Test Academy</source><target>Académie</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        Path inFile = xliff("file.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="site.po" source-language="en" target-language="fr" datatype="po">
                    <source>Test Academy</source><target>Académie</target>
                  </file>
                </xliff>
                """);
        Path noSource = xliff("nosource.xlf", """
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">
                  <file id="f1" original="site.po">
                    <unit><segment><target>Académie</target></segment></unit>
                  </file>
                </xliff>
                """);
        String hint = "  hint: the file does not have the XLIFF 1.2 or 2.0 structure mooc export writes; check it in the"
                + " translation tool, or export it again; nothing was imported from it\n";
        assertRefused(importing(inBody, inFile, noSource), before,
                inBody + ":3:5: error[XLF006]: <target> is not allowed in <body>\n" + hint
                        + inFile + ":3:5: error[XLF006]: <source> is not allowed in <file>\n" + hint
                        + inFile + ":3:34: error[XLF006]: <target> is not allowed in <file>\n" + hint
                        + noSource + ":3:5: error[XLF006]: <unit> has no `id`\n" + hint
                        + noSource + ":3:11: error[XLF006]: <unit> has a <segment> without <source>\n" + hint);
    }

    @Test
    void anEmptyFileOrOneThatIsNotXmlIsAnError() throws IOException {
        Map<String, String> before = bundles();
        Path empty = xliff("empty.xlf", "");
        Path text = xliff("text.xlf", "msgid \"Test Academy\"\nmsgstr \"Académie\"\n");
        Path html = xliff("page.xlf", "<html><body><p>Académie</p></body></html>\n");
        String hint = "  hint: check that the file is XLIFF 1.2 or 2.0 and well-formed XML; nothing was imported from it\n";
        assertRefused(importing(empty, text, html), before,
                empty + ":1:1: error[XLF001]: not a readable XLIFF file: the file is empty\n" + hint
                        + html + ":1:1: error[XLF006]: the root element is <html>, not <xliff>: this is not an XLIFF file\n"
                        + "  hint: the file does not have the XLIFF 1.2 or 2.0 structure mooc export writes; check it in the"
                        + " translation tool, or export it again; nothing was imported from it\n"
                        + text + ":1:1: error[XLF001]: not a readable XLIFF file: Content is not allowed in prolog.\n" + hint);
    }

    @Test
    void anExternalEntityReadsNoFileAndRefusesTheImport() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-TOKEN");
        Map<String, String> before = bundles();
        Path xxe = xliff("xxe.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE xliff [ <!ENTITY secret SYSTEM "%s"> ]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="site.po" source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target>&secret;</target></trans-unit>
                  </body></file>
                </xliff>
                """.formatted(secret.toUri()));
        Path xinclude = xliff("xinclude.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:xi="http://www.w3.org/2001/XInclude">
                  <file original="site.po" source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target><xi:include href="%s" parse="text"/></target></trans-unit>
                  </body></file>
                </xliff>
                """.formatted(secret.toUri()));
        assertRefused(importing(xxe, xinclude), before, xinclude + """
                :3:61: error[XLF007]: <xi:include> asks to include another file; XInclude is not processed, and nothing was imported from this file
                  hint: remove the XInclude element, or export the file again with mooc export
                """ + xxe + """
                :2:1: error[XLF007]: the file has a DOCTYPE; XLIFF needs none, and its entities could read other files, so nothing was imported from it
                  hint: remove the <!DOCTYPE ...> declaration in the translation tool, or export the file again
                """);
        assertFalse(err.toString().contains("TOP-SECRET"), err.toString());
    }

    @Test
    void aUnitWithACodeThatCannotBeMappedBackIsRefusedAloneAndTheOthersAreImported() throws IOException {
        String before = po("locales/fr/course-a.po");
        Path file = xliff("course-a.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="course-a.po" source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1"><source>First lesson</source><target><g id="1">Première</g> leçon</target></trans-unit>
                    <trans-unit id="2"><source>Second lesson</source><target>Deuxième <x id="1"/>leçon</target></trans-unit>
                    <trans-unit id="3"><source>Start</source><target><mrk mtype="seg" mid="1">Début</mrk></target></trans-unit>
                    <trans-unit id="4"><source>End</source><target><bpt id="1">**</bpt>Fin<ept id="1">**</ept></target></trans-unit>
                  </body></file>
                </xliff>
                """);
        assertEquals(0, importing(file), err.toString());
        assertEquals(file + """
                :4:71: warning[XLF008]: unit `2` (line 4) was not imported into locales/fr/course-a.po (fr): its <target> holds <x>, an inline code that cannot be turned back into the Markdown it came from
                  hint: remove the code in the translation tool, or translate this text in the PO file; the file's other units were imported
                """ + file + """
                :6:52: warning[XLF008]: unit `4` (line 6) was not imported into locales/fr/course-a.po (fr): its <target> holds <bpt>, an inline code that cannot be turned back into the Markdown it came from
                  hint: remove the code in the translation tool, or translate this text in the PO file; the file's other units were imported
                """, err.toString());
        assertEquals("locales/fr/course-a.po: 2 updated, 0 unchanged, 0 kept as obsolete, 2 units not imported (XLF008)\n",
                out.toString());
        String after = po("locales/fr/course-a.po");
        assertEquals(before.replace("msgid \"First lesson\"\nmsgstr \"\"", "msgid \"First lesson\"\nmsgstr \"Première leçon\"")
                .replace("msgid \"Start\"\nmsgstr \"\"", "msgid \"Start\"\nmsgstr \"Début\""), after);
    }

    @Test
    void anImportThatChangesNothingLeavesTheBundleAsTheTranslatorSavedIt() throws IOException {
        // A PO editor split the string over two lines; mooc would write it on one.
        Path bundle = dir.resolve("locales/fr/site.po");
        Files.writeString(bundle, po("locales/fr/site.po")
                .replace("msgid \"Test Academy\"\nmsgstr \"\"", "msgid \"Test Academy\"\nmsgstr \"\"\n\"Acad\"\n\"émie\""));
        Map<String, String> before = bundles();
        Path file = xliff("site.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="site.po" source-language="en" target-language="fr" datatype="po"><body>
                    <trans-unit id="1"><source>Test Academy</source><target state="translated">Académie</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        assertEquals(0, importing(file), err.toString());
        assertEquals("locales/fr/site.po: 0 updated, 1 unchanged, 0 kept as obsolete\n", out.toString());
        assertEquals(before, bundles());
    }
}
