package org.moocbuilder.markdown;

import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.SourcePosition;

/** Turns character offsets in a Markdown text into line and column of the file it came from. */
final class LineMap {

    private final MarkdownSource source;
    /** Where each line starts, found when a position is first asked for: most pages never ask. */
    private TextLines lines;

    LineMap(MarkdownSource source) {
        this.source = source;
    }

    /** The file position of {@code offset}. Not for use by two threads at once, as a page is drawn by one. */
    SourcePosition at(int offset) {
        if (lines == null) {
            lines = new TextLines(source.markdown());
        }
        return SourcePosition.at(source.file(), source.firstLine() + lines.lineOf(offset), lines.columnOf(offset));
    }
}
