package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/** Code reads left to right even inside an Arabic page, so code gets {@code dir="ltr"}. */
final class CodeDirection implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        boolean block = node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock;
        if (node instanceof Code || (block && part == AttributablePart.NODE)) {
            attributes.replaceValue("dir", "ltr");
        }
    }
}
