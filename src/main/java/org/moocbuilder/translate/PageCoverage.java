package org.moocbuilder.translate;

/**
 * How far one page is translated in one language.
 *
 * @param adaptation       whether a whole-page adaptation replaces the page, and whether it is stale
 * @param segmentsIgnored  the adaptation wins over translated segments that also exist for the page
 */
public record PageCoverage(String course, String module, String outputPath, String file, SegmentCount count,
                           AdaptationState adaptation, boolean segmentsIgnored) {

    /** Whether a page is adapted as a whole. */
    public enum AdaptationState { NONE, CURRENT, STALE }
}
