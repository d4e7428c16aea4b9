package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.moocbuilder.cli.Main;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.source.Naming;
import org.moocbuilder.testing.CourseFiles;
import org.moocbuilder.translate.Catalogs;

/** A course cannot take a name the site keeps for its own files, where one would overwrite the other. */
class NameCollisionTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static String course(String folder) {
        return """
                -- content/%1$s/course.yml --
                title: Another course
                -- content/%1$s/01-start/module.md --
                ---
                title: Start
                ---
                Intro.
                -- content/%1$s/01-start/01-hello.md --
                ---
                title: Hello
                ---
                Text.
                """.formatted(folder);
    }

    private static String reserved(String folder, String slug, String what, String suggestion) {
        return "content/" + folder + "/: error[CRS008]: a course may not be named `" + slug + "`: the name is kept for "
                + what + ", which the course's files would overwrite\n"
                + "  hint: rename the folder (it is the course's name in addresses and bundles), for example to `"
                + suggestion + "`";
    }

    private int mooc(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aCourseNamedSiteIsAnErrorAndExtractLeavesTheSitesBundleAlone() throws Exception {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(0, mooc("extract", "--source", dir.toString()));
        Path siteBundle = dir.resolve("locales/ar/site.po");
        Files.writeString(siteBundle, Files.readString(siteBundle)
                .replace("msgid \"Test Academy\"\nmsgstr \"\"", "msgid \"Test Academy\"\nmsgstr \"أكاديمية الاختبار\""));
        byte[] translated = Files.readAllBytes(siteBundle);
        assertTrue(Files.readString(siteBundle).contains("أكاديمية الاختبار"));

        CourseFiles.write(dir, CourseFiles.MINIMAL, course("site"));
        err.getBuffer().setLength(0);
        assertEquals(1, mooc("extract", "--source", dir.toString()));
        assertEquals(reserved("site", "site", "the site's own translation bundles (locales/<lang>/site.po)", "site-course")
                + "\n", err.toString());
        assertArrayEquals(translated, Files.readAllBytes(siteBundle));

        BuildResult build = new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
        assertFalse(build.written());
        assertEquals(List.of(reserved("site", "site", "the site's own translation bundles (locales/<lang>/site.po)",
                "site-course")), build.diagnostics().sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void reservedNamesAreFoundWhateverTheirLetterCaseOrNumber() {
        BuildResult build = CourseFiles.build(dir, course("02-Assets") + course("_reports"));
        assertFalse(build.written());
        assertEquals(List.of(
                reserved("02-Assets", "Assets", "the theme's files (assets/ in the built site)", "assets-course"),
                reserved("_reports", "_reports", "the translation report (_reports/ in the built site)", "reports-course")),
                build.diagnostics().sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void theSitesBundleNameIsReserved() {
        assertTrue(Naming.reservedFor(Catalogs.SITE).isPresent());
    }

    @Test
    void newCourseRefusesAReservedNameAndTheNameOfACourseThatExists() throws Exception {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(2, mooc("new", "course", "Site", "--source", dir.toString()));
        assertEquals("mooc new course: a course may not be named `site`: the name is kept for the site's own translation"
                + " bundles (locales/<lang>/site.po); choose another name\n", err.toString());
        assertFalse(Files.exists(dir.resolve("content/site")));

        Files.move(dir.resolve("content/course-a"), dir.resolve("content/01-Course-A"));
        err.getBuffer().setLength(0);
        assertEquals(2, mooc("new", "course", "Course A", "--source", dir.toString()));
        assertEquals("mooc new course: content/01-Course-A already has that name once its number and letter case are set"
                + " aside; choose another name\n", err.toString());
        assertFalse(Files.exists(dir.resolve("content/course-a")));
    }

    @Test
    void twoCourseFoldersWithTheSameNameOnceNumbersAndLetterCaseAreSetAsideAreAnError() {
        BuildResult build = CourseFiles.build(dir, course("01-course-a") + course("Course-A"));
        assertFalse(build.written());
        assertEquals(List.of(
                "content/Course-A/: error[CRS009]: two course folders have the same name once their numbers and letter case"
                        + " are set aside: `Course-A` here and `course-a` in content/01-course-a/; their pages and bundles"
                        + " would overwrite each other\n  hint: rename one of the folders",
                "content/course-a/: error[CRS009]: two course folders have the same name once their numbers and letter case"
                        + " are set aside: `course-a` here and `course-a` in content/01-course-a/; their pages and bundles"
                        + " would overwrite each other\n  hint: rename one of the folders"),
                build.diagnostics().sorted().stream().map(Diagnostic::format).toList());
    }
}
