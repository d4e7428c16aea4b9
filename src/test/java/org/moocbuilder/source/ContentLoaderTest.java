package org.moocbuilder.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.config.CheckSettings;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.FieldPositions;
import org.moocbuilder.testing.CourseFiles;

class ContentLoaderTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Site load(String changes) {
        CourseFiles.write(dir, CourseFiles.MINIMAL, changes);
        SiteConfig config = new SiteConfig("T", "en", List.of(), "default", Optional.empty(), false, false, false,
                CheckSettings.DEFAULTS,
                FieldPositions.none("site.yml"));
        return new ContentLoader(dir.resolve("content"), new SourceReader(dir)).load(config, diagnostics);
    }

    private static final String SECOND_MODULE = """
            -- content/course-a/02-advanced/module.md --
            ---
            title: Advanced
            ---
            -- content/course-a/02-advanced/10-later.md --
            ---
            title: Later
            ---
            -- content/course-a/02-advanced/9-sooner.md --
            ---
            title: Sooner
            ---
            -- content/course-a/02-advanced/figures/chart.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/course-a/cover.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    @Test
    void ordersModulesAndLessonsByTheirNumbersNotAlphabetically() {
        Course course = load(SECOND_MODULE).courses().get(0);
        assertEquals(List.of("basics", "advanced"), course.modules().stream().map(Module::slug).toList());
        assertEquals(List.of("sooner", "later"), course.modules().get(1).lessons().stream().map(l -> l.slug()).toList());
        assertEquals("course-a/advanced/later.html", course.modules().get(1).lessons().get(1).outputPath());
        assertEquals(List.of("course-a/cover.svg", "course-a/advanced/figures/chart.svg"),
                course.assets().stream().map(a -> a.outputPath()).toList());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void courseYmlCanGiveTheModuleOrder() {
        Course course = load(SECOND_MODULE + """
                -- content/course-a/course.yml --
                title: Course A
                modules: [advanced, 01-basics]
                """).courses().get(0);
        assertEquals(List.of("advanced", "basics"), course.modules().stream().map(Module::slug).toList());
    }

    @Test
    void aModuleMissingFromTheStatedOrderIsAddedAtTheEndWithAWarning() {
        Course course = load(SECOND_MODULE + """
                -- content/course-a/course.yml --
                title: Course A
                modules: [advanced, basix]
                """).courses().get(0);
        assertEquals(List.of("advanced", "basics"), course.modules().stream().map(Module::slug).toList());
        assertEquals(List.of(
                "content/course-a/course.yml: error[CRS006]: `modules` names `basix`, but there is no such module folder\n"
                        + "  hint: did you mean `basics`?",
                "content/course-a/course.yml: warning[CRS007]: module folder `01-basics` is not listed in `modules`;"
                        + " it is added at the end\n  hint: list it in `modules:` where it belongs"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aSiteMayHoldSeveralCourses() {
        Site site = load("""
                -- content/course-b/course.yml --
                title: Course B
                -- content/course-b/01-only/01-one.md --
                ---
                title: One
                ---
                """);
        assertEquals(List.of("course-a", "course-b"), site.courses().stream().map(Course::slug).toList());
        assertEquals(List.of("content/course-b/01-only/module.md: warning[MOD003]: module has no module.md;"
                + " its folder name is used as its title\n  hint: create module.md with `title:` and `description:`"
                + " in front matter and an introduction below"), diagnostics.sorted().stream().map(Diagnostic::format).toList());
        assertEquals("Only", site.courses().get(1).modules().get(0).title());
    }
}
