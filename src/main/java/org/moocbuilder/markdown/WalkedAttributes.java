package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's attributes ({@code {#id .class}}), with the step that hands each block to the element
 * it decorates run after one plain walk of the page's tree. flexmark runs that step through its
 * node classification: it records every node of the page with its class and ancestry in ordered
 * sets and bit sets, only to pick out the few attribute blocks (3% of a large build's CPU). This
 * walk picks out the same nodes in the same order: the attribute blocks and fenced code blocks,
 * by exact class as flexmark's classification does, in document order, listed before any is
 * changed, each skipped if an earlier one removed it.
 */
final class WalkedAttributes extends OwnParsingStep<AttributesExtension> {

    WalkedAttributes() {
        super((AttributesExtension) AttributesExtension.create());
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new AttributesInlineParserExtension.Factory());
        builder.postProcessorFactory(new WalkFactory());
    }

    private static final class WalkFactory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new Walk();
        }
    }

    private static final class Walk extends DocumentPostProcessor {
        @Override
        public Document processDocument(Document document) {
            // Both kinds of node begin with a brace or hold one: without it there is nothing to do.
            if (document.getChars().indexOf('{') < 0) {
                return document;
            }
            List<Node> found = decoratable(document);
            if (found.isEmpty()) {
                return document;
            }
            AttributesNodePostProcessor step = new AttributesNodePostProcessor(document);
            for (Node node : found) {
                if (node.getParent() != null) {
                    step.process(NOT_TRACKED, node);
                }
            }
            return document;
        }

        /** The nodes flexmark's classification would give the step, in document (pre-)order. */
        private static List<Node> decoratable(Document document) {
            List<Node> found = new ArrayList<>();
            Node node = document.getFirstChild();
            while (node != null) {
                Class<?> type = node.getClass();
                if (type == AttributesNode.class || type == FencedCodeBlock.class) {
                    found.add(node);
                }
                node = next(node, document);
            }
            return found;
        }

        /** The node after {@code node} in pre-order, without recursion (nesting depth is the author's). */
        private static Node next(Node node, Document document) {
            if (node.getFirstChild() != null) {
                return node.getFirstChild();
            }
            while (node != document) {
                if (node.getNext() != null) {
                    return node.getNext();
                }
                node = node.getParent();
            }
            return null;
        }
    }

    /**
     * The step reports the nodes it adds and removes to keep flexmark's classification true for
     * the steps after it; after a whole-page step like this one flexmark classifies anew, so
     * nothing needs to know.
     */
    private static final NodeTracker NOT_TRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
