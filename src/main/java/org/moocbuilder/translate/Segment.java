package org.moocbuilder.translate;

import org.moocbuilder.diag.SourcePosition;

/**
 * One translatable piece of a source file: a heading, a paragraph, a list item, a table cell,
 * an alt text, a front matter field... Its text is the Markdown as written, inline markup
 * included, with runs of white space made single so re-wrapping a paragraph changes nothing.
 *
 * @param start where the piece starts in the Markdown body ({@code -1} for front matter fields)
 * @param end   where it ends (exclusive)
 * @param at    the file and line, for {@code #:} references and diagnostics
 * @param words the number of words of the source text, for coverage
 * @param label what the segment is, for translators (the kind, or more precise for quiz texts)
 */
public record Segment(SegmentKind kind, String text, int start, int end, SourcePosition at, int words, String label) {

    public Segment(SegmentKind kind, String text, int start, int end, SourcePosition at, int words) {
        this(kind, text, start, end, at, words, kind.label());
    }

    /** Whether the segment is a stretch of the Markdown body that translation replaces in place. */
    public boolean isInBody() {
        return start >= 0;
    }
}
