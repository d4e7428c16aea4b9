package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;

/**
 * {@code mooc import --compendium}: the French catalog of an mdBook version of a course
 * (src/test/resources/compendium/mdbook-fr.po: inline links where the course has reference
 * links, lines wrapped differently, a heading with its {@code ##}, a paragraph and a whole list in
 * one entry) fills the course's bundle: the word-for-word match as translated, the rest as fuzzy
 * with the catalog's text as the previous source; a translation already there stays.
 */
class CompendiumImportTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final Path CATALOG = Path.of("src/test/resources/compendium/mdbook-fr.po").toAbsolutePath();

    private int mooc(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @BeforeEach
    void course() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, """
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [fr]
                -- content/course-a/01-basics/01-first.md --
                ---
                title: First lesson
                ---
                ## What a model is

                A model stores patterns found in data. Read the [data guide][guide]
                before you start, and the [glossary] for terms.

                Steps of a project:

                - Gather the data.
                - Train the model.
                - Check the [results](https://example.org/results).

                [guide]: https://example.org/guide
                [glossary]: https://example.org/glossary
                """);
        assertEquals(0, mooc("extract", "--source", dir.toString()), err.toString());
        Path bundle = dir.resolve("locales/fr/course-a.po");
        Files.writeString(bundle, Files.readString(bundle).replace("msgid \"First lesson\"\nmsgstr \"\"",
                "msgid \"First lesson\"\nmsgstr \"Première leçon\""));
    }

    private String entry(String msgid) throws IOException {
        String po = Files.readString(dir.resolve("locales/fr/course-a.po"));
        int at = po.indexOf("msgid \"" + msgid + "\"");
        int start = po.lastIndexOf("\n\n", at) + 2;
        int end = po.indexOf("\n\n", at);
        return po.substring(start, end < 0 ? po.length() : end);
    }

    @Test
    void anMdBookCatalogFillsTheBundleExactMatchesTranslatedTheRestFuzzy() throws IOException {
        assertEquals(0, mooc("import", "--source", dir.toString(), "--compendium", CATALOG.toString()), err.toString());
        assertEquals("""
                locales/fr/course-a.po (fr): 7 filled from the compendium (1 exact, 6 fuzzy, for review), 7 still untranslated
                locales/fr/site.po (fr): 0 filled from the compendium (0 exact, 0 fuzzy, for review), 1 still untranslated
                """, out.toString());
        assertEquals("", err.toString());
        assertEquals("""
                #. course title
                #: content/course-a/course.yml:1
                msgid "Course A"
                msgstr "Cours A\"""", entry("Course A"));
        assertEquals("""
                #. lesson title
                #: content/course-a/01-basics/01-first.md:2
                msgid "First lesson"
                msgstr "Première leçon\"""", entry("First lesson"), "a translation already there is never replaced");
        assertEquals("""
                #. heading
                #: content/course-a/01-basics/01-first.md:4
                #, fuzzy
                #| msgid "## What a model is"
                msgid "What a model is"
                msgstr "Ce qu’est un modèle\"""", entry("What a model is"));
        assertEquals("""
                #. paragraph
                #: content/course-a/01-basics/01-first.md:6
                #, fuzzy
                #| msgid ""
                #| "A model stores patterns found in data. Read the [data guide](https://example.org/guide)\\n"
                #| "before you start, and the [glossary](https://example.org/glossary) for terms."
                msgid "A model stores patterns found in data. Read the [data guide][guide] before you start, and the [glossary] for terms."
                msgstr "Un modèle conserve les régularités trouvées dans les données. Lisez le [guide des données][guide] avant de commencer, et le [glossaire][glossary] pour les termes.\"""",
                entry("A model stores patterns found in data. Read the [data guide][guide] before you start, and the [glossary] for terms."),
                "wrapping and link forms differ: fuzzy, on one line, with the bundle's reference links");
        assertEquals("""
                #. list item
                #: content/course-a/01-basics/01-first.md:13
                #, fuzzy
                #| msgid "- Check the [results](https://example.org/results)."
                msgid "Check the [results](https://example.org/results)."
                msgstr "Vérifier les [résultats](https://example.org/results).\"""", entry("Check the [results](https://example.org/results)."),
                "one item of a list the catalog holds whole");
        assertEquals("""
                #. paragraph
                #: content/course-a/01-basics/module.md:5
                msgid "Intro text."
                msgstr \"\"""", entry("Intro text."), "a fuzzy catalog entry is not offered");

        String filled = Files.readString(dir.resolve("locales/fr/course-a.po"));
        assertEquals(0, mooc("import", "--source", dir.toString(), "--compendium", CATALOG.toString()), err.toString());
        assertEquals(filled, Files.readString(dir.resolve("locales/fr/course-a.po")), "a second run changes nothing");
    }

    @Test
    void aCatalogWithoutALanguageNeedsLocale() throws IOException {
        Path catalog = dir.resolve("old.po");
        Files.writeString(catalog, Files.readString(CATALOG).replace("\"Language: fr\\n\"\n", ""));
        String before = Files.readString(dir.resolve("locales/fr/course-a.po"));
        assertEquals(1, mooc("import", "--source", dir.toString(), "--compendium", catalog.toString()));
        assertEquals(catalog + ": error[TR030]: the compendium names no language (no `Language:` in its header);"
                + " nothing was taken from it\n  hint: say which language it is with --locale, e.g. --locale fr\n", err.toString());
        assertEquals(before, Files.readString(dir.resolve("locales/fr/course-a.po")));

        assertEquals(0, mooc("import", "--source", dir.toString(), "--compendium", catalog.toString(), "--locale", "fr"),
                err.toString());
        assertEquals(true, out.toString().startsWith("locales/fr/course-a.po (fr): 7 filled"), out.toString());
    }
}
