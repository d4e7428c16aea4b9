package org.moocbuilder.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A flexmark extension taken with its options and its HTML drawing, but with a parsing step of
 * our own in place of one of its own: the subclass registers the parser side.
 */
abstract class OwnParsingStep<E extends Parser.ParserExtension & HtmlRenderer.HtmlRendererExtension>
        implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final E extension;

    OwnParsingStep(E extension) {
        this.extension = extension;
    }

    @Override
    public final void parserOptions(MutableDataHolder options) {
        extension.parserOptions(options);
    }

    @Override
    public final void rendererOptions(MutableDataHolder options) {
        extension.rendererOptions(options);
    }

    @Override
    public final void extend(HtmlRenderer.Builder builder, String rendererType) {
        extension.extend(builder, rendererType);
    }
}
