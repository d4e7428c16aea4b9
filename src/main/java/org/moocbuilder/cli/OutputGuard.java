package org.moocbuilder.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A build replaces its output folder as a whole, so the folder must be one a build may own:
 * never the course itself, and never a folder of other files.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    /** Why {@code out} must not be replaced, or null when it may. */
    static String refusal(Path project, Path out) {
        Path course = project.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (course.startsWith(target)) {
            return "refusing to write the site over " + out + ", which holds the course itself";
        }
        for (String input : new String[] {"content", "locales", "themes"}) {
            if (target.startsWith(course.resolve(input))) {
                return "refusing to write the site inside " + input + "/, where the course's sources are";
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return "refusing to replace " + out + ": it is a file, not a folder";
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve("index.html"))) {
            return "refusing to replace " + out + ": it holds files but no built site (no index.html)";
        }
        return null;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
