package org.moocbuilder.markdown;

import java.util.Arrays;

/**
 * Where the lines of a text start, so the line and column of an offset are found by a binary
 * search instead of by counting the line breaks before it (which made cutting a long page into
 * segments quadratic in its length). Used for segments and for positions on drawn pages.
 */
public final class TextLines {

    private final int[] starts;

    public TextLines(String text) {
        int[] found = new int[16];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        starts = Arrays.copyOf(found, n);
    }

    /** How many line breaks come before {@code offset}: the line it is on, counted from 0. */
    public int lineOf(int offset) {
        int line = Arrays.binarySearch(starts, offset);
        return line >= 0 ? line : -line - 2;
    }

    /** The column of {@code offset} on its line, counted from 1. */
    public int columnOf(int offset) {
        return offset - starts[lineOf(offset)] + 1;
    }
}
