package org.moocbuilder.translate;

/** Segments and words of some text, by how far they are translated. Immutable; add to combine. */
public record SegmentCount(int segments, int translated, int fuzzy, int missing,
                           int words, int translatedWords, int fuzzyWords, int missingWords) {

    public static final SegmentCount ZERO = new SegmentCount(0, 0, 0, 0, 0, 0, 0, 0);

    public static SegmentCount one(Catalog.Status status, int words) {
        return switch (status) {
            case TRANSLATED -> new SegmentCount(1, 1, 0, 0, words, words, 0, 0);
            case FUZZY -> new SegmentCount(1, 0, 1, 0, words, 0, words, 0);
            case MISSING -> new SegmentCount(1, 0, 0, 1, words, 0, 0, words);
        };
    }

    public SegmentCount plus(SegmentCount other) {
        return new SegmentCount(segments + other.segments, translated + other.translated, fuzzy + other.fuzzy,
                missing + other.missing, words + other.words, translatedWords + other.translatedWords,
                fuzzyWords + other.fuzzyWords, missingWords + other.missingWords);
    }

    /** The share of words translated, 0 to 100; 100 when there is nothing to translate. */
    public double percent() {
        return words == 0 ? 100.0 : 100.0 * translatedWords / words;
    }

    public boolean isComplete() {
        return translated == segments;
    }
}
