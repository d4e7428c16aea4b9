package org.moocbuilder.translate;

import org.moocbuilder.markdown.ForeignRanges;

/** A Markdown body with its segments replaced by their translations; the source text remains in {@code foreign}. */
public record TranslatedText(String markdown, ForeignRanges foreign) {
}
