package org.moocbuilder.content;

import java.nio.file.Path;

/** A file beside the lessons (an image, a PDF...) copied unchanged into every locale. */
public record Asset(Path file, String sitePath, String outputPath) {
}
