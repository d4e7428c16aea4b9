package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.cli.Main;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.testing.CourseFiles;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.PageCoverage;

/**
 * A course translated only by whole-page adaptations, as a course ported from per-language
 * files is: no PO bundle at all, every lesson and the module page adapted, each started with
 * {@code mooc adapt}, quizzes written in the adaptation's language.
 */
class AdaptedCourseTest {

    /** {@link CourseFiles#MINIMAL} in French, its first lesson with a quiz. */
    private static final String SOURCE = """
            -- content/site.yml --
            title: Adapted Academy
            sourceLocale: en
            locales: [fr]
            -- content/course-a/01-basics/01-first.md --
            ---
            title: Clean water
            ---
            ## Start

            Water matters. See the [second lesson](02-second.md#end).

            ```quiz
            id: water-1
            type: single
            question: What does clean water save?
            choices:
              - text: Public money
                correct: true
              - text: Nothing
            ```
            """;

    @TempDir
    Path dir;

    /** Starts an adaptation as a translator would, then writes the French text under the front matter's revision. */
    private void adapt(String page, String title, String body) throws IOException {
        AdaptationStarter.Outcome started = new AdaptationStarter().start(dir, dir.resolve("content/course-a/01-basics/" + page), "fr");
        assertNull(started.problem(), () -> started.problem() + " " + started.diagnostics().sorted());
        Path file = dir.resolve("locales/fr/pages/course-a/01-basics/" + page);
        assertEquals("locales/fr/pages/course-a/01-basics/" + page, started.created());
        assertTrue(Files.readString(file).startsWith("---\nsource: \"" + started.revision() + "\"\n"), Files.readString(file));
        Files.writeString(file, "---\nsource: \"" + started.revision() + "\"\ntitle: " + title + "\n---\n" + body);
    }

    private void adaptEverything() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, SOURCE);
        adapt("module.md", "Les bases", "Ce que couvre ce module.\n");
        adapt("01-first.md", "Première leçon", """
                ## Début {#start}

                L’eau compte en France. Voir la [deuxième leçon](02-second.md#end).

                ```quiz
                id: water-1
                type: single
                question: Qu’économise une eau propre ?
                choices:
                  - text: De l’argent public
                    correct: true
                  - text: Rien
                ```
                """);
        adapt("02-second.md", "Deuxième leçon", "## Fin {#end}\n\nRetour à la [première](01-first.md).\n");
    }

    private BuildResult build() throws IOException {
        return new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("site-out/fr/course-a/" + path).toFile(), "UTF-8");
    }

    @Test
    void aCourseOfAdaptationsOnlyBuildsWithItsQuizzesModulePageAndCoverage() throws IOException {
        adaptEverything();
        assertFalse(Files.exists(dir.resolve("locales/fr/course-a.po")), "no bundle: the adaptations are the translation");
        BuildResult result = build();
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        assertEquals(List.of(), result.diagnostics().sorted(), "up to date from the start: no TR010");
        assertEquals(List.of(), result.checks());

        Document module = page("basics/index.html");
        assertEquals("Les bases", module.selectFirst("h1").text());
        assertTrue(module.selectFirst("main").text().contains("Ce que couvre ce module."), module.selectFirst("main").text());

        Document first = page("basics/first.html");
        Element quiz = first.selectFirst("form.quiz");
        assertTrue(quiz != null, "the quiz is drawn as a form, not shown as YAML");
        assertTrue(quiz.selectFirst("legend").text().endsWith("Qu’économise une eau propre ?"), quiz.selectFirst("legend").text());
        assertTrue(quiz.select("[lang=en]").isEmpty(), "no quiz text falls back to English");
        assertTrue(first.select("code.language-quiz").isEmpty());
        assertTrue(first.select("nav a").eachText().contains("Les bases"), "the navigation names the module as adapted");

        String json = Files.readString(dir.resolve("site-out/fr/course-a/quizzes.json"));
        assertTrue(json.contains("\"question\" : \"Qu’économise une eau propre ?\""), json);
        assertTrue(json.contains("\"text\" : \"De l’argent public\""), json);
        assertTrue(json.contains("\"untranslated\" : [ ]"), json);

        new CatalogExchange().exportGift(dir, dir.resolve("gift"), List.of());
        String gift = Files.readString(dir.resolve("gift/fr/course-a.gift"));
        assertTrue(gift.contains("::water-1::[markdown]Qu’économise une eau propre ? {\n\t=De l’argent public\n\t~Rien\n"), gift);

        Coverage.LocaleCoverage french = result.coverage().get(0);
        assertEquals(3, french.adaptations());
        List<PageCoverage> pages = french.courses().get(0).modules().get(0).pages();
        assertEquals(List.of("course-a/basics/index.html", "course-a/basics/first.html", "course-a/basics/second.html"),
                pages.stream().map(PageCoverage::outputPath).toList());
        pages.forEach(adapted -> assertEquals(PageCoverage.AdaptationState.CURRENT, adapted.adaptation(), adapted.outputPath()));
        assertTrue(pages.get(1).count().isComplete() && pages.get(2).count().isComplete(), pages.toString());
        assertEquals(2, pages.get(0).count().missingWords(),
                "the module page is adapted but for its description (\"The basics.\"), which no bundle translates");
        assertEquals(2 + 2 + 3, french.courses().get(0).count().missingWords(),
                "missing: that description and the course's own fields (\"Course A\", \"A short course.\")");
    }

    @Test
    void extractAsksTheBundleOnlyForWhatNoAdaptationGives() throws IOException {
        adaptEverything();
        new CatalogExtractor().extract(dir, List.of());
        String po = Files.readString(dir.resolve("locales/fr/course-a.po"));
        assertTrue(po.contains("msgid \"Course A\""), po);
        assertTrue(po.contains("msgid \"The basics.\""), "the module adaptation gives no description: still asked for\n" + po);
        for (String adapted : List.of("What does clean water save?", "Public money", "Water matters.", "Clean water", "Basics",
                "Intro text.")) {
            assertFalse(po.contains(adapted), "adapted text not asked for twice: " + adapted + "\n" + po);
        }
    }

    @Test
    void aBrokenQuizInAnAdaptationIsAnErrorAtItsLineAndNothingIsPublished() throws IOException {
        adaptEverything();
        Path file = dir.resolve("locales/fr/pages/course-a/01-basics/01-first.md");
        Files.writeString(file, Files.readString(file).replace("    correct: true\n", "")
                + "\n```quiz\nid: water-2\ntype: singel\nquestion: Quoi ?\n```\n\n```quiz\nid: [oops\n```\n");
        BuildResult result = build();
        assertFalse(result.written());
        List<String> found = result.diagnostics().sorted().stream().filter(Diagnostic::isError)
                .map(d -> d.position().file() + ":" + d.position().line() + " " + d.code()).toList();
        String at = "locales/fr/pages/course-a/01-basics/01-first.md:";
        assertEquals(List.of(at + "13 QUIZ004", at + "20 QUIZ002", at + "25 YAML001"), found);
        assertFalse(Files.exists(dir.resolve("site-out/fr/course-a/basics/first.html")));
    }

    @Test
    void anAdaptationQuizIdTakenByAnotherLessonIsAnErrorAndDifferentIdsAWarning() throws IOException {
        adaptEverything();
        Path second = dir.resolve("locales/fr/pages/course-a/01-basics/02-second.md");
        Files.writeString(second, Files.readString(second)
                + "\n```quiz\nid: water-1\ntype: true-false\nquestion: Vrai ?\nanswer: true\n```\n");
        List<String> found = build().diagnostics().sorted().stream().map(Diagnostic::format).toList();
        assertTrue(found.stream().anyMatch(f -> f.startsWith("locales/fr/pages/course-a/01-basics/02-second.md:9:1:"
                + " error[QUIZ008]: quiz id `water-1` is already used at locales/fr/pages/course-a/01-basics/01-first.md:9:1"
                + " in the fr course")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("locales/fr/pages/course-a/01-basics/02-second.md: warning[TR015]:"
                + " the adaptation's quizzes are not the ones of content/course-a/01-basics/02-second.md: it adds `water-1`")),
                found.toString());
    }

    @Test
    void mooc_adaptPrintsWhatItMadeAndRefusesToOverwrite() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, SOURCE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String page = "content/course-a/01-basics/01-first.md";
        assertEquals(0, Main.run(new String[] {"adapt", page, "--locale", "fr", "--source", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertTrue(out.toString().startsWith("created locales/fr/pages/course-a/01-basics/01-first.md (source revision "),
                out.toString());
        assertTrue(out.toString().contains("0.0% of its words came translated from the bundle; the rest, and the texts in its"
                + " quizzes, are in the source language. Rewrite it for fr, then run mooc build."), out.toString());
        assertEquals(2, Main.run(new String[] {"adapt", page, "--locale", "fr", "--source", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true)));
        assertTrue(err.toString().contains("mooc adapt: locales/fr/pages/course-a/01-basics/01-first.md already exists"),
                err.toString());
    }

    @Test
    void adaptRefusesWhatItCannotStart() throws IOException {
        adaptEverything();
        AdaptationStarter starter = new AdaptationStarter();
        assertTrue(starter.start(dir, dir.resolve("content/course-a/01-basics/01-first.md"), "fr").problem()
                .endsWith("already exists; edit it, and set its `source:` as mooc extract says"));
        assertEquals("`de` is not a language of this site (locales: fr)",
                starter.start(dir, dir.resolve("content/course-a/01-basics/01-first.md"), "de").problem());
        assertEquals("content/course-a/course.yml is not a lesson or a module.md of the course",
                starter.start(dir, dir.resolve("content/course-a/course.yml"), "fr").problem());
    }

    @Test
    void adaptSaysWhichFuzzyTranslationsItLeftOutAndTheirTextStaysInTheBundle() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, SOURCE + """
                -- locales/fr/course-a.po --
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"

                #, fuzzy
                msgid "Start"
                msgstr "Début"
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"adapt", "content/course-a/01-basics/01-first.md", "--locale", "fr",
                "--source", dir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertTrue(out.toString().contains("1 fuzzy translation(s) of this page were left in the source language"), out.toString());
        assertTrue(Files.readString(dir.resolve("locales/fr/course-a.po")).contains("msgstr \"Début\""),
                "the translator's text is still in the bundle");
    }

    @Test
    void adaptWritesNothingThroughALinkThatLeadsOutOfTheProject(@TempDir Path outside) throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, SOURCE);
        Files.createDirectories(dir.resolve("locales/fr"));
        Files.createSymbolicLink(dir.resolve("locales/fr/pages"), outside);
        String problem = new AdaptationStarter().start(dir, dir.resolve("content/course-a/01-basics/01-first.md"), "fr").problem();
        assertTrue(problem != null && problem.contains("would be written outside the project"), String.valueOf(problem));
        try (var left = Files.list(outside)) {
            assertEquals(0, left.count(), "nothing was made outside the project");
        }
    }
}
