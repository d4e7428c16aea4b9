package org.moocbuilder.translate;

import org.moocbuilder.markdown.ForeignRanges;

/**
 * A Markdown body with its segments replaced by their translations, where the source text
 * remains in {@code foreign}, and how much of it was translated.
 */
public record TranslatedText(String markdown, ForeignRanges foreign, SegmentCount count) {
}
