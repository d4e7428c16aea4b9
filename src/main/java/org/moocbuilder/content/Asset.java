package org.moocbuilder.content;

import java.nio.file.Path;

/** A file beside the lessons (an image, a PDF...) copied into every locale, unless a locale has its own version. */
public record Asset(Path file, String sitePath, String outputPath) {
}
