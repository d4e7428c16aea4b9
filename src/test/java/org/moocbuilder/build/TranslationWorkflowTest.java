package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.testing.CourseFiles;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.PageCoverage;
import org.moocbuilder.translate.Words;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;
import org.moocbuilder.translate.po.PoWriter;

/** A translator's work through source changes: extract, translate, change the source, extract again, build. */
class TranslationWorkflowTest {

    private static final String OLD = "Clean water keeps people healthy and saves public money.";
    private static final String NEW = "Clean water keeps whole communities healthy and saves public money every year.";

    private static final String COURSE = """
            -- content/site.yml --
            title: Test Academy
            sourceLocale: en
            locales: [fr]
            -- content/course-a/01-basics/01-first.md --
            ---
            title: First lesson
            ---
            ## Why water matters

            %s

            See the [second lesson](02-second.md#end).
            """.formatted(OLD);

    @TempDir
    Path dir;

    private Path po() {
        return dir.resolve("locales/fr/course-a.po");
    }

    private CatalogExtractor.Result extract() throws IOException {
        return new CatalogExtractor().extract(dir, List.of());
    }

    private BuildResult build() throws IOException {
        return new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
    }

    /** Plays the translator: fills every empty entry with a French text that keeps links and code. */
    private void translateEverything() throws IOException {
        for (Path bundle : List.of(po(), dir.resolve("locales/fr/site.po"))) {
            PoFile file = PoReader.read(Files.readString(bundle), "fr.po", new Diagnostics()).orElseThrow();
            List<PoEntry> done = file.entries().stream().map(e -> e.translation().isEmpty()
                    ? new PoEntry(e.translatorComments(), e.extractedComments(), e.references(), e.flags(), null, null, null,
                            e.id(), null, List.of("FR " + e.id()), false, 0) : e).toList();
            Files.writeString(bundle, PoWriter.write(new PoFile(file.header(), done)));
        }
    }

    private static Coverage.LocaleCoverage french(BuildResult result) {
        return result.coverage().get(0);
    }

    private Document frenchPage() throws IOException {
        return Jsoup.parse(dir.resolve("site-out/fr/course-a/basics/first.html"), "UTF-8");
    }

    @Test
    void anEditedParagraphTurnsFuzzyKeepsItsTranslationAndShowsTheSourceUntilReviewed() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        extract();
        translateEverything();
        BuildResult before = build();
        assertEquals(List.of(), before.diagnostics().sorted());
        assertEquals(100.0, french(before).count().percent());
        assertTrue(frenchPage().select("[lang=en]").stream().noneMatch(e -> e.closest("main") != null));
        assertEquals("FR " + OLD, frenchPage().select(".prose p").get(0).text());

        Path lesson = dir.resolve("content/course-a/01-basics/01-first.md");
        Files.writeString(lesson, Files.readString(lesson).replace(OLD, NEW));
        CatalogExtractor.Result extracted = extract();
        assertEquals(1, extracted.files().get(0).fuzzied());

        String po = Files.readString(po());
        assertTrue(po.contains("#, fuzzy\n#| msgid \"" + OLD + "\"\nmsgid \"" + NEW + "\"\nmsgstr \"FR " + OLD + "\"\n"), po);
        assertFalse(po.contains("#~"), "the old entry became the fuzzy one; nothing is obsolete");

        BuildResult after = build();
        int oldWords = Words.count(OLD, ULocale.ENGLISH);
        int newWords = Words.count(NEW, ULocale.ENGLISH);
        assertEquals(french(before).count().translatedWords() - oldWords, french(after).count().translatedWords());
        assertEquals(newWords, french(after).count().fuzzyWords());
        assertEquals(0, french(after).count().missingWords());

        Element paragraph = frenchPage().select(".prose p").get(0);
        assertEquals(NEW, paragraph.text());
        assertEquals("en", paragraph.attr("lang"));
        assertEquals("ltr", paragraph.attr("dir"));
        assertFalse(frenchPage().select("p.notice").isEmpty(), "the page says parts are not translated yet");
        assertEquals("FR See the [second lesson](02-second.md#end).".replace("[second lesson](02-second.md#end)", "second lesson"),
                frenchPage().select(".prose p").get(1).text());
    }

    @Test
    void fuzzyTranslationsAreShownWhenTheSiteAsksForThem() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        extract();
        translateEverything();
        Path lesson = dir.resolve("content/course-a/01-basics/01-first.md");
        Files.writeString(lesson, Files.readString(lesson).replace(OLD, NEW));
        extract();
        Files.writeString(dir.resolve("content/site.yml"), Files.readString(dir.resolve("content/site.yml"))
                + "options:\n  showFuzzy: true\n");
        build();
        assertEquals("FR " + OLD, frenchPage().select(".prose p").get(0).text());
    }

    @Test
    void aPoFileWithASyntaxErrorIsReportedAtItsLineAndNotHalfApplied() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        extract();
        translateEverything();
        String broken = Files.readString(po()).replaceFirst("msgstr \"FR Why water matters\"", "msgstr \"FR Why water matters");
        Files.writeString(po(), broken);
        BuildResult result = build();
        assertFalse(result.written());
        Diagnostic error = result.diagnostics().sorted().get(0);
        assertEquals("PO001", error.code());
        assertEquals("locales/fr/course-a.po", error.position().file());
        int line = (int) broken.substring(0, broken.indexOf("msgstr \"FR Why water matters\n")).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line, error.position().line());
        CatalogExtractor.Result extracted = extract();
        assertTrue(extracted.diagnostics().sorted().stream().anyMatch(d -> d.code().equals("TR020")));
        assertEquals(broken, Files.readString(po()), "extract leaves a file it cannot read exactly as it was");
    }

    @Test
    void aWrongPluralFormsHeaderIsAWarningThatExtractRepairs() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        extract();
        Files.writeString(po(), Files.readString(po()).replaceFirst("Plural-Forms: [^\\\\]*", "Plural-Forms: nplurals=2; plural=(n > 1);"));
        assertTrue(build().diagnostics().sorted().stream().anyMatch(d -> d.format().startsWith(
                "locales/fr/course-a.po:9:1: warning[PO002]: Plural-Forms declares nplurals=2, but `fr` has 3 plural categories")));
        extract();
        assertTrue(Files.readString(po()).contains("Plural-Forms: nplurals=3;"));
    }

    @Test
    void aPluralFormsCountTooLargeForANumberIsTheSameWarningNotACrash() throws IOException {
        // Found by PoReaderFuzzTest: reading the header threw NumberFormatException out of the build.
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        extract();
        Files.writeString(po(), Files.readString(po()).replaceFirst("nplurals=3", "nplurals=99999999999999999999999"));
        BuildResult result = build();
        assertTrue(result.written());
        assertTrue(result.diagnostics().sorted().stream().anyMatch(d -> d.format().startsWith("locales/fr/course-a.po:9:1: warning[PO002]: "
                + "Plural-Forms declares an nplurals that is not a number of forms, but `fr` has 3 plural categories")),
                result.diagnostics().sorted().toString());
        extract();
        assertTrue(Files.readString(po()).contains("Plural-Forms: nplurals=3;"));
    }

    @Test
    void aTranslationThatBreaksMarkdownOrLinksIsNotUsed() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        extract();
        translateEverything();
        Files.writeString(po(), Files.readString(po())
                .replace("msgstr \"FR See the [second lesson](02-second.md#end).\"", "msgstr \"Voir la [seconde leçon](03-autre.md).\"")
                .replace("msgstr \"FR " + OLD + "\"", "msgstr \"L’eau **propre protège la santé.\""));
        BuildResult result = build();
        assertTrue(result.written());
        List<String> codes = result.diagnostics().sorted().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("TR001", "TR001"), codes);
        assertEquals(OLD, frenchPage().select(".prose p").get(0).text());
        assertEquals("en", frenchPage().select(".prose p").get(0).attr("lang"));
    }

    @Test
    void bundlesForAnUndeclaredLanguageAreReported() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE + "-- locales/de/course-a.po --\nmsgid \"\"\nmsgstr \"\"\n");
        assertTrue(build().diagnostics().sorted().stream().anyMatch(d -> d.format().startsWith(
                "locales/de/: warning[TR003]: bundles for `de`, which site.yml does not declare; they are not used")));
    }

    @Test
    void aWholePageAdaptationWinsOverSegmentsAndIsReportedStaleWhenTheSourceChanges() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        extract();
        translateEverything();
        Path adaptation = dir.resolve("locales/fr/pages/course-a/01-basics/01-first.md");
        Files.createDirectories(adaptation.getParent());
        Files.writeString(adaptation, "---\nsource: \"000000000000\"\ntitle: Pourquoi l’eau compte\n---\n## En France\n\nUn texte adapté.\n");
        String current = extract().adaptations().get(0).current();
        Files.writeString(adaptation, Files.readString(adaptation).replace("000000000000", current));
        BuildResult fresh = build();
        assertEquals(List.of(), fresh.diagnostics().sorted());
        assertEquals("Un texte adapté.", frenchPage().selectFirst(".prose p").text());
        PageCoverage page = french(fresh).courses().get(0).modules().get(0).pages().get(1);
        assertEquals(PageCoverage.AdaptationState.CURRENT, page.adaptation());
        String bundle = Files.readString(po());
        assertTrue(bundle.contains("#~ msgid \"" + OLD + "\"\n#~ msgstr \"FR " + OLD + "\""),
                "extract set the adapted lesson's translated text aside, kept should the adaptation go: " + bundle);
        assertFalse(bundle.contains("\nmsgid \"First lesson\""), "the adaptation gives the title: the bundle no longer asks for it");
        assertFalse(page.segmentsIgnored(), "no translated segment of the lesson is left unused in the bundle");

        Path lesson = dir.resolve("content/course-a/01-basics/01-first.md");
        Files.writeString(lesson, Files.readString(lesson).replace(OLD, NEW));
        BuildResult stale = build();
        assertEquals("TR010", stale.diagnostics().sorted().get(0).code());
        assertEquals(PageCoverage.AdaptationState.STALE,
                french(stale).courses().get(0).modules().get(0).pages().get(1).adaptation());
        assertEquals("Un texte adapté.", frenchPage().selectFirst(".prose p").text(), "a stale adaptation is still shown");
    }

    @Test
    void aLanguagesOwnVersionOfAnImageReplacesTheOriginalOnlyInThatLanguage() throws IOException {
        String original = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Water cycle</text></svg>\n";
        String french = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Cycle de l’eau</text></svg>\n";
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE
                + "-- content/course-a/01-basics/cycle.svg --\n" + original
                + "-- locales/fr/pages/course-a/01-basics/cycle.svg --\n" + french
                + "-- locales/fr/pages/course-a/01-basics/cycel.svg --\n" + french
                + "-- locales/fr/pages/course-a/01-basics/01-firts.md --\n---\nsource: \"0\"\ntitle: Premier\n---\nTexte.\n"
                + "-- locales/fr/pages/course-a/01-basics/.DS_Store --\nfinder\n");
        BuildResult result = build();
        assertEquals(List.of("locales/fr/pages/course-a/01-basics/01-firts.md: warning[TR013]: this adaptation replaces no lesson:"
                        + " content/course-a/01-basics/01-firts.md does not exist, so no page shows it",
                        "locales/fr/pages/course-a/01-basics/cycel.svg: warning[TR013]: this file replaces nothing:"
                        + " content/course-a/01-basics/cycel.svg does not exist, so no page shows it"),
                result.diagnostics().sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList());
        assertEquals(original, Files.readString(dir.resolve("site-out/en/course-a/basics/cycle.svg")));
        assertEquals(french, Files.readString(dir.resolve("site-out/fr/course-a/basics/cycle.svg")));
        assertFalse(Files.exists(dir.resolve("site-out/fr/course-a/basics/cycel.svg")));
    }
}
