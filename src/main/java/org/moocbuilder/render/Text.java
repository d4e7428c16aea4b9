package org.moocbuilder.render;

import java.util.List;
import org.moocbuilder.markdown.InlineCode;

/**
 * A piece of course text and the language it is in. When that language is not the page's
 * (an untranslated title on a French page), {@code foreign} is true and templates wrap it in an
 * element with {@code lang} and {@code dir}, so screen readers pronounce it right.
 */
public record Text(String value, String lang, String dir, boolean foreign) {

    public boolean isEmpty() {
        return value == null || value.isBlank();
    }

    /** The text cut at its code spans, for templates to draw `code` as code (layout.ftlh's {@code text} macro). */
    public List<InlineCode.Part> parts() {
        return InlineCode.parts(value);
    }
}
