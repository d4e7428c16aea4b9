package org.moocbuilder.render;

/**
 * A piece of course text and the language it is in. When that language is not the page's
 * (an untranslated title on a French page), {@code foreign} is true and templates wrap it in an
 * element with {@code lang} and {@code dir}, so screen readers pronounce it right.
 */
public record Text(String value, String lang, String dir, boolean foreign) {

    public boolean isEmpty() {
        return value == null || value.isBlank();
    }
}
