package org.moocbuilder.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.moocbuilder.config.CourseConfig;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.content.Asset;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.parallel.Parallel;

/**
 * Walks {@code content/} into the course model: every folder with a {@code course.yml} is a
 * course, its numbered folders are modules, their numbered {@code .md} files lessons, and every
 * other file an asset.
 */
public final class ContentLoader {

    private final Path contentDir;
    private final SourceReader reader;
    private final LessonLoader lessons;

    public ContentLoader(Path contentDir, SourceReader reader) {
        this.contentDir = contentDir;
        this.reader = reader;
        this.lessons = new LessonLoader(reader);
    }

    public Site load(SiteConfig config, Diagnostics diagnostics) {
        List<Course> courses = new ArrayList<>();
        Map<String, Path> courseNames = new HashMap<>();
        for (Path dir : sortedChildren(contentDir, Files::isDirectory)) {
            if (!Files.isRegularFile(dir.resolve("course.yml"))) {
                diagnostics.warning("CRS004", SourcePosition.ofFile(reader.displayPath(dir) + "/"),
                        "folder has no course.yml, so it is not built", "add a course.yml to make it a course");
                continue;
            }
            String slug = Naming.slug(dir.getFileName().toString());
            Path first = courseNames.putIfAbsent(slug.toLowerCase(Locale.ROOT), dir);
            if (first != null) {
                diagnostics.error("CRS009", SourcePosition.ofFile(reader.displayPath(dir) + "/"),
                        "two course folders have the same name once their numbers and letter case are set aside: `" + slug
                                + "` here and `" + Naming.slug(first.getFileName().toString()) + "` in "
                                + reader.displayPath(first) + "/; their pages and bundles would overwrite each other",
                        "rename one of the folders");
            }
            Naming.reservedFor(slug).ifPresent(what -> diagnostics.error("CRS008",
                    SourcePosition.ofFile(reader.displayPath(dir) + "/"), "a course may not be named `" + slug
                            + "`: the name is kept for " + what + ", which the course's files would overwrite",
                    "rename the folder (it is the course's name in addresses and bundles), for example to `"
                            + slug.toLowerCase(Locale.ROOT).replaceAll("^_+", "") + "-course`"));
            loadCourse(dir, diagnostics).ifPresent(courses::add);
        }
        if (courses.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error("CRS005", SourcePosition.ofFile(reader.displayPath(contentDir) + "/"),
                    "no course found", "create a folder with a course.yml inside content/ (try `mooc help build`)");
        }
        return new Site(config, courses);
    }

    private Optional<Course> loadCourse(Path dir, Diagnostics diagnostics) {
        Optional<CourseConfig> config = new CourseConfigLoader(reader).load(dir.resolve("course.yml"), diagnostics);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        String courseSlug = Naming.slug(dir.getFileName().toString());
        List<Path> moduleDirs = new ModuleOrder(reader).arrange(dir, sortedChildren(dir, Files::isDirectory),
                config.get().moduleOrder(), diagnostics);
        List<Module> modules = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        for (Path file : sortedChildren(dir, Files::isRegularFile)) {
            String name = file.getFileName().toString();
            if (!name.equals("course.yml") && !name.endsWith(".md") && publishable(file, diagnostics)) {
                assets.add(new Asset(file, sitePath(file), courseSlug + "/" + name));
            }
        }
        // Modules are read in parallel (their lessons too), and kept in order.
        for (LoadedModule loaded : Parallel.map(moduleDirs, moduleDir -> loadModule(moduleDir, courseSlug, diagnostics))) {
            assets.addAll(loaded.assets());
            loaded.module().ifPresent(modules::add);
        }
        checkUniqueSlugs(modules, diagnostics);
        return Optional.of(new Course(courseSlug, config.get(), modules, assets, courseSlug + "/index.html"));
    }

    /** A module's page and lessons, if it has any that could be read, and the files beside them. */
    private record LoadedModule(Optional<Module> module, List<Asset> assets) {
    }

    private LoadedModule loadModule(Path moduleDir, String courseSlug, Diagnostics diagnostics) {
        String moduleSlug = Naming.slug(moduleDir.getFileName().toString());
        String moduleOut = courseSlug + "/" + moduleSlug + "/";
        List<Optional<Lesson>> loaded = Parallel.map(sortedChildren(moduleDir, Files::isRegularFile).stream()
                .filter(file -> file.getFileName().toString().endsWith(".md")
                        && !file.getFileName().toString().equals("module.md")).toList(),
                file -> lessons.load(file, sitePath(file),
                        moduleOut + Naming.slug(file.getFileName().toString()) + ".html", diagnostics));
        List<Lesson> moduleLessons = loaded.stream().flatMap(Optional::stream).toList();
        long unreadable = loaded.stream().filter(Optional::isEmpty).count();
        List<Asset> assets = assetsUnder(moduleDir, moduleOut).stream()
                .filter(asset -> publishable(asset.file(), diagnostics)).toList();
        if (moduleLessons.isEmpty()) {
            // Lessons that failed to load were reported at their lines; saying "no lessons" would send the author looking for missing files.
            diagnostics.warning("MOD001", SourcePosition.ofFile(reader.displayPath(moduleDir) + "/"), unreadable == 0
                    ? "module has no lessons, so it is left out"
                    : "none of the module's " + unreadable + " lesson file(s) could be read, so it is left out",
                    unreadable == 0 ? "add a lesson file such as 01-introduction.md"
                            : "fix the errors reported for its lesson files above");
            return new LoadedModule(Optional.empty(), assets);
        }
        return new LoadedModule(lessons.loadModule(moduleDir, sitePath(moduleDir.resolve("module.md")), moduleSlug,
                moduleLessons, moduleOut + "index.html", diagnostics), assets);
    }

    /** A file copied into the site must be inside the project, and an SVG must hold nothing that runs. */
    private boolean publishable(Path file, Diagnostics diagnostics) {
        return reader.insideProject(file, diagnostics) && SvgCheck.publishable(file, reader.displayPath(file), diagnostics);
    }

    private List<Asset> assetsUnder(Path moduleDir, String moduleOut) {
        try (Stream<Path> files = Files.walk(moduleDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !Naming.isHidden(moduleDir.relativize(f)))
                    .sorted()
                    .map(f -> new Asset(f, sitePath(f),
                            moduleOut + moduleDir.relativize(f).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + moduleDir, e);
        }
    }

    private void checkUniqueSlugs(List<Module> modules, Diagnostics diagnostics) {
        List<String> seen = new ArrayList<>();
        for (Module module : modules) {
            if (seen.contains(module.slug())) {
                diagnostics.error("MOD002", SourcePosition.ofFile(module.intro().file()),
                        "two module folders have the same name `" + module.slug() + "` once their numbers are removed",
                        "rename one of the folders");
            }
            seen.add(module.slug());
            List<String> lessonSlugs = new ArrayList<>();
            for (Lesson lesson : module.lessons()) {
                if (lessonSlugs.contains(lesson.slug())) {
                    diagnostics.error("LES003", SourcePosition.ofFile(lesson.body().file()),
                            "two lessons in this module have the same name `" + lesson.slug()
                                    + "` once their numbers are removed", "rename one of the files");
                }
                lessonSlugs.add(lesson.slug());
            }
        }
    }

    private String sitePath(Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }

    static List<Path> sortedChildren(Path dir, Predicate<Path> filter) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(filter)
                    .filter(p -> !Naming.isHidden(p.getFileName()))
                    .sorted(Comparator.comparing((Path p) -> Naming.order(p.getFileName().toString()))
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
