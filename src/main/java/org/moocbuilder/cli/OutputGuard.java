package org.moocbuilder.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.moocbuilder.config.LocaleCodes;
import org.moocbuilder.output.StagedSite;

/**
 * A build replaces its output folder as a whole, so the folder must be one a build may own:
 * never the course itself, and never a folder of other files. A build owns a folder only if it
 * made it: the folder holds the marker every build writes ({@link StagedSite#MARKER}), or is a
 * site built before there was a marker, recognised by holding nothing but what a build writes.
 */
final class OutputGuard {

    /** Why a folder may not be replaced, and what to do instead. */
    record Refusal(String message, String hint) {
    }

    /** What an older build wrote at the top of its folder, besides one folder per language. */
    private static final Set<String> BUILT_FILES = Set.of("index.html", "404.html", "sitemap.xml", "assets", "_reports");
    /** Files that file managers add to any folder they show. */
    private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private static final String DEFAULT_HINT = "pass --out with a new folder, or the folder of an earlier build";

    private OutputGuard() {
    }

    /** Why {@code out} must not be replaced, or empty when it may. */
    static Optional<Refusal> refusal(Path project, Path out) {
        Path course = project.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (course.startsWith(target)) {
            return refuse("refusing to write the site over " + out + ", which holds the course itself", DEFAULT_HINT);
        }
        for (String input : new String[] {"content", "locales", "themes"}) {
            if (target.startsWith(course.resolve(input))) {
                return refuse("refusing to write the site inside " + input + "/, where the course's sources are", DEFAULT_HINT);
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return refuse("refusing to replace " + out + ": it is a file, not a folder", DEFAULT_HINT);
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !isMarked(target) && !isEarlierBuild(target)) {
            return refuse("refusing to replace " + out + ": it holds files, and no " + StagedSite.MARKER
                    + " file in it says mooc build made it (a build deletes everything in its output folder)",
                    "pass --out with a new or empty folder; if this is a site from an older mooc build, move away"
                            + " anything you added to it, delete it, and build again");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String message, String hint) {
        return Optional.of(new Refusal(message, hint));
    }

    private static boolean isMarked(Path dir) {
        return Files.isRegularFile(dir.resolve(StagedSite.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * A site built before builds wrote the marker: at its top only the files every build writes
     * (index.html, 404.html, assets/site.css), perhaps sitemap.xml and _reports/, and folders named
     * after languages, each with its index.html; nothing else but what file managers add.
     */
    private static boolean isEarlierBuild(Path dir) {
        if (!Files.isRegularFile(dir.resolve("index.html")) || !Files.isRegularFile(dir.resolve("404.html"))
                || !Files.isRegularFile(dir.resolve("assets/site.css"))) {
            return false;
        }
        boolean language = false;
        for (Path child : children(dir)) {
            String name = child.getFileName().toString();
            if (BUILT_FILES.contains(name) || SYSTEM_FILES.contains(name)) {
                continue;
            }
            if (!Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) || !LocaleCodes.isKnown(name)
                    || !Files.isRegularFile(child.resolve("index.html"))) {
                return false;
            }
            language = true;
        }
        return language;
    }

    private static boolean isEmpty(Path dir) {
        return children(dir).isEmpty();
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
