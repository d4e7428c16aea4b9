package org.moocbuilder.scaffold;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.source.Naming;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.source.YamlDocument;

/**
 * Creates course parts with the next free number and front matter that builds as it is, so an
 * author starts from something that works. Never overwrites a file.
 */
public final class Scaffolder {

    /** What was made or changed, or why nothing was. */
    public record Outcome(List<String> created, List<String> updated, String problem, List<Diagnostic> errors) {
        public Outcome {
            errors = List.copyOf(errors);
        }

        public static Outcome failed(String problem) {
            return new Outcome(List.of(), List.of(), problem, List.of());
        }

        /** Nothing was done because the course's files have errors, listed in {@code errors}. */
        static Outcome invalid(String problem, List<Diagnostic> errors) {
            return new Outcome(List.of(), List.of(), problem, errors);
        }

        static Outcome made(List<String> created) {
            return new Outcome(created, List.of(), null, List.of());
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[-_ ].*");

    private final Path project;
    private final Path content;

    public Scaffolder(Path project) {
        this.project = project.toAbsolutePath().normalize();
        this.content = this.project.resolve("content");
    }

    /** A file-name slug for any script: transliterated to Latin letters by ICU, lower case, hyphens. */
    public static String slug(String name) {
        String latin = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower()").transliterate(name);
        String slug = latin.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    public Outcome course(String name) throws IOException {
        String courseSlug = Naming.slug(slug(name));
        Optional<String> reserved = Naming.reservedFor(courseSlug);
        if (reserved.isPresent()) {
            return Outcome.failed("a course may not be named `" + courseSlug + "`: the name is kept for " + reserved.get()
                    + "; choose another name");
        }
        Path dir = content.resolve(slug(name));
        if (Files.exists(dir)) {
            return Outcome.failed(show(dir) + " already exists");
        }
        if (Files.isDirectory(content)) {
            try (Stream<Path> children = Files.list(content)) {
                Optional<Path> clash = children.filter(Files::isDirectory)
                        .filter(p -> Naming.slug(p.getFileName().toString()).equalsIgnoreCase(courseSlug)).sorted().findFirst();
                if (clash.isPresent()) {
                    return Outcome.failed(show(clash.get()) + " already has that name once its number and letter case are"
                            + " set aside; choose another name");
                }
            }
        }
        List<String> created = new ArrayList<>();
        if (!Files.exists(content.resolve("site.yml"))) {
            write(content.resolve("site.yml"), """
                    title: %s
                    sourceLocale: en
                    locales: []
                    """.formatted(quote(name)), created);
        }
        write(dir.resolve("course.yml"), """
                title: %s
                summary: One or two sentences on what learners will be able to do after this course.
                audience: Who the course is for.
                level: Introductory
                licence: CC BY 4.0
                """.formatted(quote(name)), created);
        Path module = dir.resolve("01-getting-started");
        write(module.resolve("module.md"), moduleText("Getting started"), created);
        write(module.resolve("01-welcome.md"), lessonText("Welcome"), created);
        return Outcome.made(created);
    }

    public Outcome module(String name, Optional<String> course) throws IOException {
        Optional<Path> courseDir = course(course);
        if (courseDir.isEmpty()) {
            return Outcome.failed(courseProblem(course));
        }
        Optional<String> clash = sameName(courseDir.get(), true, slug(name));
        if (clash.isPresent()) {
            return Outcome.failed(clash.get() + " already has that name once its number is removed; choose another name");
        }
        Path dir = courseDir.get().resolve(next(courseDir.get(), true) + "-" + slug(name));
        List<String> created = new ArrayList<>();
        write(dir.resolve("module.md"), moduleText(name), created);
        write(dir.resolve("01-introduction.md"), lessonText("Introduction"), created);
        return Outcome.made(created);
    }

    public Outcome lesson(String name, Optional<String> course, Optional<String> module) throws IOException {
        Optional<Path> courseDir = course(course);
        if (courseDir.isEmpty()) {
            return Outcome.failed(courseProblem(course));
        }
        List<Path> modules = children(courseDir.get(), true);
        Optional<Path> moduleDir = module.isEmpty() ? modules.stream().reduce((a, b) -> b)
                : modules.stream().filter(m -> m.getFileName().toString().equals(module.get())
                        || Naming.slug(m.getFileName().toString()).equals(module.get())).findFirst();
        if (moduleDir.isEmpty()) {
            return Outcome.failed(module.map(m -> "no module `" + m + "` in " + show(courseDir.get()))
                    .orElse(show(courseDir.get()) + " has no module yet; run mooc new module NAME first"));
        }
        List<String> created = new ArrayList<>();
        Optional<String> clash = sameName(moduleDir.get(), false, slug(name));
        if (clash.isPresent()) {
            return Outcome.failed(clash.get() + " already has that name once its number is removed; choose another name");
        }
        write(moduleDir.get().resolve(next(moduleDir.get(), false) + "-" + slug(name) + ".md"), lessonText(name), created);
        return Outcome.made(created);
    }

    /**
     * Declares a language in site.yml and returns the path of site.yml; the caller then creates its
     * bundles with mooc extract. The text is edited in place, so comments and layout stay; the result
     * is read back before it is written, and written only when it holds the same settings with this
     * one language more. A site.yml with errors, or a `locales:` written in a form the edit does not
     * handle, is left exactly as it was.
     */
    public Outcome locale(String tag) throws IOException {
        Path site = content.resolve("site.yml");
        if (!Files.isRegularFile(site)) {
            return Outcome.failed(show(site) + " does not exist; run mooc new course NAME to start a site");
        }
        Diagnostics problems = new Diagnostics();
        Optional<YamlDocument> parsed = new SourceReader(project).readYaml(site, problems);
        List<String> declared = parsed.map(document -> document.textList("locales", problems)).orElse(List.of());
        String source = parsed.flatMap(document -> document.text("sourceLocale", problems)).orElse("en");
        if (parsed.isEmpty() || problems.hasErrors()) {
            return Outcome.invalid(show(site) + " has errors, so it was left as it was; fix them, then run this again",
                    problems.sorted().stream().filter(Diagnostic::isError).toList());
        }
        if (source.equalsIgnoreCase(tag)) {
            return Outcome.failed("`" + tag + "` is the language the course is written in (sourceLocale in site.yml)");
        }
        if (declared.stream().anyMatch(tag::equalsIgnoreCase)) {
            return Outcome.failed("`" + tag + "` is already in site.yml");
        }
        String text = Files.readString(site, StandardCharsets.UTF_8);
        Optional<String> updated = LocalesEdit.addLocale(text, parsed.get(), tag)
                .filter(edited -> LocalesEdit.onlyAdds(parsed.get(), edited, tag));
        if (updated.isEmpty()) {
            return Outcome.failed("cannot add `" + tag + "` to `locales:` in " + show(site) + " safely: it is written in a form"
                    + " this command does not edit (a list in brackets over several lines, say), so the file was left as it was"
                    + "\n  hint: add `" + LocalesEdit.item(tag) + "` to `locales:` by hand, then run mooc extract --locale "
                    + tag + " to create its bundles");
        }
        replace(site, updated.get());
        return new Outcome(List.of(), List.of(show(site) + " (locales)"), null, List.of());
    }

    /** Writes beside the file, then moves over it: an interrupted write never leaves half a site.yml. */
    private static void replace(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Optional<Path> course(Optional<String> name) throws IOException {
        List<Path> courses = new ArrayList<>();
        try (Stream<Path> children = Files.list(content)) {
            children.filter(p -> Files.isRegularFile(p.resolve("course.yml"))).sorted().forEach(courses::add);
        }
        if (name.isPresent()) {
            return courses.stream().filter(c -> c.getFileName().toString().equals(name.get())).findFirst();
        }
        return courses.size() == 1 ? Optional.of(courses.get(0)) : Optional.empty();
    }

    private String courseProblem(Optional<String> course) {
        return course.map(c -> "no course `" + c + "` in content/")
                .orElse("content/ holds no course or several; name one with --course, or run mooc new course NAME");
    }

    /** The next number in a folder, written with two digits (or as many as the folder's names use). */
    private static String next(Path dir, boolean folders) throws IOException {
        int max = 0;
        int width = 2;
        for (Path child : children(dir, folders)) {
            Matcher m = NUMBERED.matcher(child.getFileName().toString());
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
                width = Math.max(width, m.group(1).length());
            }
        }
        return String.format("%0" + width + "d", max + 1);
    }

    /** The module or lesson in {@code dir} whose output name would be {@code slug}, which the build refuses twice. */
    private Optional<String> sameName(Path dir, boolean folders, String slug) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> folders ? Files.isDirectory(p)
                            : p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().equals("module.md"))
                    .filter(p -> Naming.slug(p.getFileName().toString()).equals(slug))
                    .sorted().findFirst().map(this::show);
        }
    }

    private static List<Path> children(Path dir, boolean folders) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> folders ? Files.isDirectory(p)
                            : p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().equals("module.md"))
                    .filter(p -> NUMBERED.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    private static String moduleText(String title) {
        return """
                ---
                title: %s
                description: One sentence on what this module covers.
                ---
                A short introduction to the module: why it matters and what its lessons cover.
                """.formatted(quote(title));
    }

    private static String lessonText(String title) {
        return """
                ---
                title: %s
                description: One sentence shown in the course's lists.
                duration: 15
                objectives:
                  - Say what a learner will be able to do after this lesson.
                ---
                ## First section

                Write the lesson here. Link to another lesson by its file name, as in `[the next lesson](02-next.md)`.
                """.formatted(quote(title));
    }

    /** A YAML double-quoted string, so a title with a colon or a quote stays one value. */
    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void write(Path file, String text, List<String> created) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(show(file) + " already exists");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        created.add(show(file));
    }

    private String show(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }
}
