package org.moocbuilder.source;

import java.nio.file.Path;

/**
 * A text file read from the course: the path shown to users (relative to the course root,
 * forward slashes), where it lives, and its text decoded from UTF-8 with any BOM removed and
 * line endings normalized to LF, so line numbers match what an editor shows.
 */
public record SourceFile(String displayPath, Path path, String text) {
}
