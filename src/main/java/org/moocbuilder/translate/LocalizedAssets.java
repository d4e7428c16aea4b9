package org.moocbuilder.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.moocbuilder.content.Asset;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.source.Naming;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.source.SvgCheck;

/**
 * Finds one language's own versions of a course's images and other files: a file at
 * {@code locales/<lang>/pages/<path under content/>} replaces the original in that language, so a
 * diagram can carry translated labels, or run right to left. (Lessons and module pages there
 * are whole-page adaptations, which {@link AdaptationLoader} reads; this class only reports those that match none.)
 */
public final class LocalizedAssets {

    private final Path localesDir;
    private final SourceReader reader;

    public LocalizedAssets(Path localesDir, SourceReader reader) {
        this.localesDir = localesDir;
        this.reader = reader;
    }

    /**
     * The replacements for {@code locale}, by the original's path under content/. A file there that
     * matches no lesson (for a .md) or no course file is reported, as a typo or a leftover of a rename.
     */
    public Map<String, Path> find(String locale, List<Course> courses, Diagnostics diagnostics) {
        Path pages = localesDir.resolve(locale).resolve("pages");
        Map<String, Path> found = new TreeMap<>();
        if (!Files.isDirectory(pages)) {
            return found;
        }
        Set<String> originals = courses.stream().flatMap(c -> c.assets().stream()).map(Asset::sitePath)
                .collect(Collectors.toSet());
        Set<String> lessons = courses.stream().flatMap(c -> c.modules().stream())
                .flatMap(m -> Stream.concat(Stream.of(m.intro()), m.lessons().stream().map(Lesson::body)))
                .map(MarkdownSource::sitePath).collect(Collectors.toSet());
        List<Path> files;
        // Links are followed to find the files, but a file that leads outside the project is refused below.
        try (Stream<Path> walk = Files.walk(pages, FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !Naming.isHidden(pages.relativize(file))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error("SRC001", SourcePosition.ofFile(reader.displayPath(pages) + "/"),
                    "cannot read folder: " + e.getMessage(), "check that the folder exists and can be read");
            return found;
        }
        for (Path file : files) {
            String sitePath = pages.relativize(file).toString().replace('\\', '/');
            boolean adaptation = sitePath.endsWith(".md");
            if (adaptation ? lessons.contains(sitePath) : originals.contains(sitePath)) {
                if (!adaptation && reader.insideProject(file, diagnostics)
                        && SvgCheck.publishable(file, reader.displayPath(file), diagnostics)) {
                    found.put(sitePath, file);
                }
            } else {
                diagnostics.warning("TR013", SourcePosition.ofFile(reader.displayPath(file)),
                        (adaptation ? "this adaptation replaces no lesson: " : "this file replaces nothing: ")
                                + "content/" + sitePath + " does not exist, so no page shows it",
                        "give it the path its original has under content/, inside locales/" + locale + "/pages/");
            }
        }
        return found;
    }
}
