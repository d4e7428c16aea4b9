package org.moocbuilder.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** flexmark's character sequences as Java strings, cheaply where they are one stretch of the source. */
final class Chars {

    private Chars() {
    }

    /**
     * The characters of {@code chars}. flexmark's own {@code toString} appends them one by one
     * through its sequence interfaces; a stretch of the source text is copied in one go instead.
     */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence stretch && stretch.getBase() instanceof String text) {
            return text.substring(stretch.getStartOffset(), stretch.getEndOffset());
        }
        return chars.toString();
    }
}
