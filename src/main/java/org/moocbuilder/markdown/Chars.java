package org.moocbuilder.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** flexmark's character sequences as Java strings, cheaply where they are one stretch of the source. */
final class Chars {

    private Chars() {
    }

    /**
     * The characters of {@code chars}, as flexmark's sequences give them: a NUL of the source reads
     * as U+FFFD, the replacement character. flexmark's own {@code toString} appends them one by one
     * through its sequence interfaces; a stretch of the source text is copied in one go instead.
     */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence stretch && stretch.getBase() instanceof String text) {
            // Without NULs (all real text), replace returns the same string and copies nothing.
            return text.substring(stretch.getStartOffset(), stretch.getEndOffset()).replace('\0', SequenceUtils.ENC_NUL);
        }
        return chars.toString();
    }
}
