package org.moocbuilder.markdown;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Stretches of a Markdown text that are in another language than the page (source text shown
 * where a translation is missing). Elements whose content starts inside one get {@code lang}
 * and {@code dir}, so screen readers switch voice.
 */
public final class ForeignRanges {

    private final NavigableMap<Integer, Integer> ranges = new TreeMap<>();
    private final String lang;
    private final String dir;

    public ForeignRanges(String lang, String dir) {
        this.lang = lang;
        this.dir = dir;
    }

    /** Marks {@code [start, end)} of the text as foreign. */
    public void add(int start, int end) {
        ranges.put(start, end);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean contains(int offset) {
        Map.Entry<Integer, Integer> floor = ranges.floorEntry(offset);
        return floor != null && offset < Math.max(floor.getValue(), floor.getKey() + 1);
    }

    String lang() {
        return lang;
    }

    String dir() {
        return dir;
    }
}
