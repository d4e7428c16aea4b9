package org.moocbuilder.content;

/**
 * Markdown text taken from a file, with where it starts, so positions found while parsing
 * the text can be reported as lines of the file.
 *
 * @param file       the user-facing path of the file (relative to the course root)
 * @param sitePath   the file's path under {@code content/}, used to resolve relative links
 * @param markdown   the text after any front matter
 * @param firstLine  the file line the text starts on (1-based)
 */
public record MarkdownSource(String file, String sitePath, String markdown, int firstLine) {
}
