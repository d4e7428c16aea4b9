package org.moocbuilder.markdown;

import java.util.Arrays;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.SourcePosition;

/** Turns character offsets in a Markdown text into line and column of the file it came from. */
final class LineMap {

    private final MarkdownSource source;
    /** Where each line starts, found when a position is first asked for: most pages never ask. */
    private int[] lineStarts;

    LineMap(MarkdownSource source) {
        this.source = source;
    }

    /** The file position of {@code offset}. Not for use by two threads at once, as a page is drawn by one. */
    SourcePosition at(int offset) {
        int[] starts = lineStarts();
        int line = Arrays.binarySearch(starts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return SourcePosition.at(source.file(), source.firstLine() + line, offset - starts[line] + 1);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            String text = source.markdown();
            int[] starts = new int[16];
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
