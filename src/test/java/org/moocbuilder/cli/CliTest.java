package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsItsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("mooc "), out.toString());
    }

    @Test
    void helpDescribesTheBuildOptions() {
        assertEquals(0, run("help", "build"));
        for (String option : new String[] {"--source", "--out", "--locale", "--quiet", "--debug"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("build", "--colour"));
        assertTrue(err.toString().contains("Unknown option: '--colour'"), err.toString());
    }

    @Test
    void aFolderWithoutContentIsAUsageErrorWithAHint() {
        assertEquals(ExitCodes.USAGE, run("build", "--source", dir.toString()));
        assertTrue(err.toString().contains("no content/ folder in "), err.toString());
        assertTrue(err.toString().contains("hint: run mooc in a folder that holds a course, or pass --source DIR"));
    }

    @Test
    void buildsACourseAndSaysWhatItWrote() {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(ExitCodes.OK, run("build", "--source", dir.toString()));
        assertTrue(out.toString().startsWith("Built 13 pages in 2 languages (en, ar) into "), out.toString());
        assertEquals("", err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("site-out/ar/course-a/basics/first.html")));
    }

    @Test
    void quietPrintsNothingWhenAllIsWell() {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(ExitCodes.OK, run("build", "--quiet", "--source", dir.toString()));
        assertEquals("", out.toString() + err.toString());
    }

    @Test
    void localeOptionBuildsOnlyThoseLanguagesAndTheSource() {
        CourseFiles.write(dir, CourseFiles.MINIMAL, """
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar, fr]
                """);
        assertEquals(ExitCodes.OK, run("build", "--source", dir.toString(), "--locale", "fr"));
        assertTrue(Files.isDirectory(dir.resolve("site-out/fr")));
        assertTrue(Files.isDirectory(dir.resolve("site-out/en")));
        assertFalse(Files.exists(dir.resolve("site-out/ar")));
        assertEquals(ExitCodes.USAGE, run("build", "--source", dir.toString(), "--locale", "de"));
        assertTrue(err.toString().contains("error[CFG007]: --locale de is not a language of this site"), err.toString());
    }

    @Test
    void exportScormWritesOnePackagePerCourseInTheLanguageAskedForUnderExportScorm() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(ExitCodes.OK, run("export", "--format", "scorm", "--locale", "ar", "--source", dir.toString()),
                err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("export/scorm/ar/course-a.zip")));
        assertFalse(Files.exists(dir.resolve("export/scorm/en")));
        assertTrue(out.toString().contains("course-a.zip: 2 lessons, 4 pages (SCORM 1.2)"), out.toString());
    }

    @Test
    void aFailedBuildExitsOneWithoutStackTraceAndLeavesThePreviousSiteAlone() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(ExitCodes.OK, run("build", "--source", dir.toString()));
        Path page = dir.resolve("site-out/en/course-a/basics/first.html");
        byte[] before = Files.readAllBytes(page);

        CourseFiles.write(dir, CourseFiles.MINIMAL, """
                -- content/course-a/01-basics/01-first.md --
                ---
                title: [unclosed
                ---
                Changed body.
                """);
        assertEquals(ExitCodes.CONTENT_ERROR, run("build", "--source", dir.toString()));
        String errors = err.toString();
        assertTrue(errors.contains("content/course-a/01-basics/01-first.md:2:"), errors);
        assertTrue(errors.contains("error[YAML001]"), errors);
        assertTrue(errors.contains("Build failed: 1 error, 0 warnings; "), errors);
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), errors);
        assertArrayEquals(before, Files.readAllBytes(page));
        try (var leftovers = Files.list(dir)) {
            assertEquals(0, leftovers.filter(p -> p.getFileName().toString().startsWith(".site-out")).count());
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotABuiltSite() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        Path precious = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(precious.resolve("draft.txt"), "keep me");
        assertEquals(ExitCodes.USAGE, run("build", "--source", dir.toString(), "--out", precious.toString()));
        assertEquals("keep me", Files.readString(precious.resolve("draft.txt")));
        assertEquals(ExitCodes.USAGE, run("build", "--source", dir.toString(), "--out", dir.toString()));
        assertTrue(Files.isDirectory(dir.resolve("content")));
        assertTrue(err.toString().contains("which holds the course itself"), err.toString());
    }

    @Test
    void refusesToReplaceAFolderWithAnIndexHtmlThatNoBuildMade() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.html"), "<p>our handbook");
        Files.writeString(docs.resolve("notes.md"), "keep me");
        assertEquals(ExitCodes.USAGE, run("build", "--source", dir.toString(), "--out", docs.toString()));
        assertEquals("mooc build: refusing to replace " + docs + ": it holds files, and no .mooc-site file in it says"
                + " mooc build made it (a build deletes everything in its output folder)\n"
                + "  hint: pass --out with a new or empty folder; if this is a site from an older mooc build, move away"
                + " anything you added to it, delete it, and build again\n", err.toString());
        assertEquals("keep me", Files.readString(docs.resolve("notes.md")));
        assertEquals("<p>our handbook", Files.readString(docs.resolve("index.html")));
    }

    @Test
    void aSiteBuiltBeforeTheMarkerExistedIsReplacedOnlyIfItHoldsNothingButWhatABuildWrites() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(ExitCodes.OK, run("build", "--source", dir.toString()));
        Path site = dir.resolve("site-out");
        Files.delete(site.resolve(".mooc-site"));
        assertEquals(ExitCodes.OK, run("build", "--source", dir.toString()), err.toString());
        assertTrue(Files.isRegularFile(site.resolve(".mooc-site")), "the rebuilt site is marked");

        Files.delete(site.resolve(".mooc-site"));
        Files.writeString(site.resolve("CNAME"), "courses.example.org");
        assertEquals(ExitCodes.USAGE, run("build", "--source", dir.toString()));
        assertEquals("courses.example.org", Files.readString(site.resolve("CNAME")));
    }

    @Test
    void aBuildRemovesTheLeftoversOfAKilledBuildButNoFolderItDidNotMake() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        Path staged = Files.createDirectories(dir.resolve(".site-out.new-4417/en"));
        Files.writeString(staged.getParent().resolve(".mooc-site"), "made by a build");
        Files.writeString(staged.resolve("index.html"), "<p>half a site");
        Path old = Files.createDirectories(dir.resolve(".site-out.old-9120"));
        Files.writeString(old.resolve(".mooc-site"), "made by a build");
        Path notOurs = Files.createDirectories(dir.resolve(".site-out.new-55"));
        Files.writeString(notOurs.resolve("keep.txt"), "keep me");
        assertEquals(ExitCodes.OK, run("build", "--source", dir.toString()));
        try (var beside = Files.list(dir)) {
            assertEquals(List.of(".site-out.new-55"), beside.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(".site-out")).toList());
        }
        assertEquals("keep me", Files.readString(notOurs.resolve("keep.txt")));
    }
}
