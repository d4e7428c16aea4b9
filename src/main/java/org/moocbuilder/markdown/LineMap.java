package org.moocbuilder.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.SourcePosition;

/** Turns character offsets in a Markdown text into line and column of the file it came from. */
final class LineMap {

    private final MarkdownSource source;
    private final int[] lineStarts;

    LineMap(MarkdownSource source) {
        this.source = source;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        String text = source.markdown();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    SourcePosition at(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return SourcePosition.at(source.file(), source.firstLine() + line, offset - lineStarts[line] + 1);
    }
}
