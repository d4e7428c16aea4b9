package org.moocbuilder.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.build.BuildRequest;
import org.moocbuilder.build.BuildResult;
import org.moocbuilder.build.SiteBuilder;
import org.moocbuilder.cli.Main;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.source.YamlDocument;
import org.moocbuilder.testing.CourseFiles;

class NewCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int mooc(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--source";
        all[args.length + 1] = dir.toString();
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Writes site.yml (and a course, so the folder is a project) and adds {@code tag}; returns site.yml after. */
    private String addLocale(String siteYml, String tag, int exitCode) throws Exception {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        Files.writeString(dir.resolve("content/site.yml"), siteYml);
        assertEquals(exitCode, mooc("new", "locale", tag), err.toString());
        return Files.readString(dir.resolve("content/site.yml"));
    }

    private List<String> declaredLocales() {
        Diagnostics diagnostics = new Diagnostics();
        List<String> locales = new SourceReader(dir).readYaml(dir.resolve("content/site.yml"), diagnostics).orElseThrow()
                .textList("locales", diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        return locales;
    }

    @Test
    void anEmptyFolderBecomesACourseThatBuildsWithNumberedPartsAndANewLanguage() throws Exception {
        assertEquals(0, mooc("new", "course", "Open data: the basics"));
        assertEquals(0, mooc("new", "module", "Публичные данные"));
        assertEquals(0, mooc("new", "lesson", "Why open data?"));
        assertEquals(0, mooc("new", "lesson", "Licences"));
        assertEquals(0, mooc("new", "locale", "fr"));
        assertTrue(out.toString().contains("updated content/site.yml (locales)"), out.toString());
        assertTrue(out.toString().contains("created locales/fr/open-data-the-basics.po"), out.toString());
        Path course = dir.resolve("content/open-data-the-basics");
        assertTrue(Files.isRegularFile(course.resolve("02-publichnye-dannye/module.md"))
                || Files.isRegularFile(course.resolve("02-publicnye-dannye/module.md")), "the module is numbered after the first");
        try (var lessons = Files.list(course.resolve(Files.list(course).filter(p -> p.getFileName().toString().startsWith("02-"))
                .findFirst().orElseThrow().getFileName()))) {
            assertEquals(List.of("01-introduction.md", "02-why-open-data.md", "03-licences.md", "module.md"),
                    lessons.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(dir.resolve("content/site.yml")).contains("locales: [fr]"));
        assertTrue(Files.isRegularFile(dir.resolve("locales/fr/open-data-the-basics.po")));
        BuildResult build = new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
        assertTrue(build.written());
        assertTrue(build.diagnostics().sorted().stream().noneMatch(d -> d.code().startsWith("LINK")), build.diagnostics().sorted().toString());
    }

    @Test
    void refusesAnUnknownLanguageAndNeverOverwrites() throws Exception {
        assertEquals(0, mooc("new", "course", "Open data"));
        assertEquals(2, mooc("new", "locale", "xx"));
        assertEquals(2, mooc("new", "course", "Open data"), "the course exists");
        assertEquals(0, mooc("new", "locale", "ar"));
        assertEquals(2, mooc("new", "locale", "ar"), "already declared");
        assertEquals(2, mooc("new", "locale", "en"), "the source language");
        assertEquals(2, mooc("new", "lesson", "Welcome"), "01-welcome.md exists: the build would refuse two lessons named welcome");
        assertEquals(2, mooc("new", "module", "Getting started"), "01-getting-started exists");
        assertEquals(0, mooc("new", "lesson", "Welcome back"));
        assertEquals(0, mooc("new", "lesson", "Module"), "module.md is the module's page, not a lesson named module");
    }

    @Test
    void aBlockListOfLocalesKeepsItsStyleAndComments() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yml"), "title: T # our site\nlocales:\n  - fr\n# the end\n");
        assertEquals(List.of("content/site.yml (locales)"), new Scaffolder(dir).locale("es").updated());
        assertEquals("title: T # our site\nlocales:\n  - fr\n  - es\n# the end\n", Files.readString(dir.resolve("content/site.yml")));
    }

    @Test
    void aCommentInsideTheLocalesListNoLongerMakesASecondLocalesKeyThatDropsALanguage() throws Exception {
        String after = addLocale("""
                title: T
                locales:   # languages we publish
                  # French first
                  - fr
                  # Spanish is next
                theme: default
                """, "de", 0);
        assertEquals("""
                title: T
                locales:   # languages we publish
                  # French first
                  - fr
                  - de
                  # Spanish is next
                theme: default
                """, after);
        assertEquals(List.of("fr", "de"), declaredLocales());
        assertTrue(Files.isRegularFile(dir.resolve("locales/de/course-a.po")));
    }

    @Test
    void aListInBracketsKeepsItsSpacingAndComment() throws Exception {
        assertEquals("title: T\nlocales: [ fr, es ]  # shipped [2024]\n", addLocale("title: T\nlocales: [ fr ]  # shipped [2024]\n", "es", 0));
        assertEquals("title: T\nlocales: [de]\n", addLocale("title: T\nlocales: []\n", "de", 0));
    }

    @Test
    void aBlockListAtTheKeysOwnIndentationWindowsLineEndingsAndNoFinalNewlineAreKept() throws Exception {
        assertEquals("title: T\r\nlocales:\r\n- fr\r\n- de\r\ntheme: default\r\n",
                addLocale("title: T\r\nlocales:\r\n- fr\r\ntheme: default\r\n", "de", 0));
        assertEquals("title: T\nlocales:\n  -   fr\n  -   de", addLocale("title: T\nlocales:\n  -   fr", "de", 0));
    }

    @Test
    void aMissingOrEmptyLocalesKeyIsWrittenAsAList() throws Exception {
        assertEquals("title: T # our site\nlocales: [de]\n", addLocale("title: T # our site", "de", 0));
        assertEquals("title: T\nlocales: [de]  # none yet\ntheme: default\n",
                addLocale("title: T\nlocales:  # none yet\ntheme: default\n", "de", 0));
        assertEquals("title: T\nlocales: [fr, de]\n", addLocale("title: T\nlocales: fr\n", "de", 0));
        assertEquals(List.of("fr", "de"), declaredLocales());
    }

    @Test
    void norwegianIsQuotedSoYamlDoesNotReadItAsNo() throws Exception {
        assertEquals("title: T\nlocales:\n  - fr\n  - \"no\"\n", addLocale("title: T\nlocales:\n  - fr\n", "no", 0));
        assertEquals(List.of("fr", "no"), declaredLocales());
    }

    @Test
    void aLocalesListItCannotEditSafelyIsRefusedWithWhatToAddByHand() throws Exception {
        String multiLine = "title: T\nlocales: [fr,\n  es]\n";
        assertEquals(multiLine, addLocale(multiLine, "de", 2));
        assertEquals("mooc new locale: cannot add `de` to `locales:` in content/site.yml safely: it is written in a form"
                + " this command does not edit (a list in brackets over several lines, say), so the file was left as it was\n"
                + "  hint: add `de` to `locales:` by hand, then run mooc extract --locale de to create its bundles\n", err.toString());
        assertFalse(Files.exists(dir.resolve("locales/de")));
        String alias = "title: T\nlangs: &l [fr]\nlocales: *l\n";
        assertEquals(alias, addLocale(alias, "de", 2));
    }

    @Test
    void aSiteYmlWithADuplicateKeyIsReportedAndLeftAsItWas() throws Exception {
        String duplicated = "title: T\nlocales:\n  - fr\nlocales: [es]\n";
        assertEquals(duplicated, addLocale(duplicated, "de", 1));
        assertEquals("content/site.yml:4:1: error[YAML009]: duplicate key `locales` (first at line 2);"
                + " YAML would keep only the last one and drop the other silently\n"
                + "  hint: keep one `locales:` and put everything it should hold under it\n"
                + "mooc new locale: content/site.yml has errors, so it was left as it was; fix them, then run this again\n",
                err.toString());
    }

    @Test
    void anEditIsWrittenOnlyWhenItReadsBackAsTheSameSettingsWithOneLanguageMore() {
        YamlDocument before = YamlDocument.parse("title: T\nlocales: [fr, es]\n", "site.yml", 1, new Diagnostics()).orElseThrow();
        assertTrue(LocalesEdit.onlyAdds(before, "title: T\nlocales: [fr, es, de]\n", "de"));
        assertFalse(LocalesEdit.onlyAdds(before, "title: T\nlocales: [fr, de]\n", "de"), "a language lost");
        assertFalse(LocalesEdit.onlyAdds(before, "title: T\nlocales: [fr, es]\nlocales: [fr, es, de]\n", "de"), "a duplicate key");
        assertFalse(LocalesEdit.onlyAdds(before, "title: U\nlocales: [fr, es, de]\n", "de"), "another key changed");
        assertFalse(LocalesEdit.onlyAdds(before, "title: T\nlocales: [fr, es, de]\ntheme: x\n", "de"), "a key added");
    }
}
