package org.moocbuilder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moocbuilder.build.BuildRequest;
import org.moocbuilder.build.BuildResult;
import org.moocbuilder.build.SiteBuilder;

/**
 * A whole small course written as one string of {@code -- path --} sections, so a test shows
 * every file it builds (the form Hugo's test harness uses).
 */
public final class CourseFiles {

    /** A minimal valid course; tests replace or add files to make the case they need. */
    public static final String MINIMAL = """
            -- content/site.yml --
            title: Test Academy
            sourceLocale: en
            locales: [ar]
            -- content/course-a/course.yml --
            title: Course A
            summary: A short course.
            -- content/course-a/01-basics/module.md --
            ---
            title: Basics
            description: The basics.
            ---
            Intro text.
            -- content/course-a/01-basics/01-first.md --
            ---
            title: First lesson
            duration: 10
            ---
            ## Start

            See the [second lesson](02-second.md#end).
            -- content/course-a/01-basics/02-second.md --
            ---
            title: Second lesson
            ---
            ## End

            Back to the [first](01-first.md).
            """;

    private CourseFiles() {
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null) {
                    files.put(current, body.toString());
                }
                current = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            files.put(current, body.toString().replaceAll("\n+$", "\n"));
        }
        return files;
    }

    /** Writes {@code base} with {@code changes} applied (a section with body {@code DELETE} removes the file). */
    public static Path write(Path dir, String base, String changes) {
        Map<String, String> files = parse(base);
        parse(changes).forEach((path, content) -> {
            if (content.strip().equals("DELETE")) {
                files.remove(path);
            } else {
                files.put(path, content);
            }
        });
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Writes {@link #MINIMAL} with {@code changes} into {@code dir} and builds it into {@code dir/site-out}. */
    public static BuildResult build(Path dir, String changes) {
        write(dir, MINIMAL, changes);
        try {
            return new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build's findings as {@code file:line CODE}, the form tests compare whole lists in. */
    public static List<String> findings(BuildResult result) {
        return result.diagnostics().sorted().stream()
                .map(d -> d.position().file() + ":" + d.position().line() + " " + d.code()).toList();
    }
}
