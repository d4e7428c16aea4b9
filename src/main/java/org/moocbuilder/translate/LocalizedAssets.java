package org.moocbuilder.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.source.SourceReader;

/**
 * Finds one language's own versions of a course's images and other files: a file at
 * {@code locales/<lang>/pages/<path under content/>} replaces the original in that language, so a
 * diagram can carry translated labels, or run right to left.
 */
public final class LocalizedAssets {

    private final Path localesDir;
    private final SourceReader reader;

    public LocalizedAssets(Path localesDir, SourceReader reader) {
        this.localesDir = localesDir;
        this.reader = reader;
    }

    /** The replacements for {@code locale}, by the original's path under content/. */
    public Map<String, Path> find(String locale, List<Course> courses, Diagnostics diagnostics) {
        Path pages = localesDir.resolve(locale).resolve("pages");
        Map<String, Path> found = new TreeMap<>();
        if (!Files.isDirectory(pages)) {
            return found;
        }
        Set<String> originals = courses.stream().flatMap(c -> c.assets().stream()).map(Asset::sitePath)
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String sitePath = pages.relativize(file).toString().replace('\\', '/');
                if (sitePath.endsWith(".md")) {
                    continue;
                }
                if (originals.contains(sitePath)) {
                    found.put(sitePath, file);
                } else {
                    diagnostics.warning("TR013", SourcePosition.ofFile(reader.displayPath(file)),
                            "this file replaces nothing: content/" + sitePath + " does not exist, so no page shows it",
                            "give it the path its original has under content/, inside locales/" + locale + "/pages/");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
