package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

/** Puts {@code lang} and {@code dir} on the elements whose text falls in a {@link ForeignRanges} stretch. */
final class ForeignTextMarker implements AttributeProvider {

    static final DataKey<ForeignRanges> RANGES = new DataKey<>("MOOC_FOREIGN", (ForeignRanges) null);

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        // List items and definitions come with their own parts (tight or loose item); any part of a node is its element.
        ForeignRanges ranges = RANGES.get(node.getDocument());
        if (ranges == null || ranges.isEmpty() || !carriesLanguage(node)) {
            return;
        }
        int start = contentStart(node);
        if (start >= 0 && ranges.contains(start)) {
            attributes.replaceValue("lang", ranges.lang());
            attributes.replaceValue("dir", ranges.dir());
        }
    }

    /** The elements that hold one segment of text; a paragraph inside a list item or definition is marked on its parent. */
    private static boolean carriesLanguage(Node node) {
        if (node instanceof Paragraph) {
            Node parent = node.getParent();
            return !(parent instanceof ListItem || parent instanceof DefinitionTerm || parent instanceof DefinitionItem);
        }
        return node instanceof Heading || node instanceof TableCell || node instanceof Image || node instanceof ListItem
                || node instanceof DefinitionTerm || node instanceof DefinitionItem;
    }

    private static int contentStart(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode) {
                continue;
            }
            return child instanceof Paragraph ? contentStart(child) : child.getStartOffset();
        }
        return -1;
    }
}
