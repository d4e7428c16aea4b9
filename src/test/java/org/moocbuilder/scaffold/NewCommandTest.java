package org.moocbuilder.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class NewCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int mooc(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--source";
        all[args.length + 1] = dir.toString();
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
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
}
