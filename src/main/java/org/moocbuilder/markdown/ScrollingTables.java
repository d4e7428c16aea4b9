package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Puts every table in a region of its own that scrolls sideways, so a wide table never widens
 * the page on a phone (WCAG 1.4.10). The region can take focus, so a keyboard can scroll it,
 * and is named after the heading the table sits under (or a plain "Table" in the text's
 * language when none comes before it), so a screen reader says what the stop is.
 */
final class ScrollingTables implements HtmlRenderer.HtmlRendererExtension {

    private final String fallbackLabel;

    /** @param fallbackLabel the region's name for a table that follows no heading */
    ScrollingTables(String fallbackLabel) {
        this.fallbackLabel = fallbackLabel;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
        }

        private void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            Heading heading = headingBefore(table);
            String id = heading == null ? null : context.getNodeId(heading);
            String name = id == null || id.isEmpty() ? "aria-label=\"" + Entities.escape(fallbackLabel) + "\""
                    : "aria-labelledby=\"" + Entities.escape(id) + "\"";
            html.line();
            html.raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" " + name + ">");
            html.line();
            context.delegateRender();
            html.line();
            html.raw("</div>");
            html.line();
        }
    }

    /** The nearest heading before {@code node} in reading order, looking outwards through the blocks holding it. */
    private static Heading headingBefore(Node node) {
        for (Node at = node; at != null && !(at instanceof Document); at = at.getParent()) {
            for (Node before = at.getPrevious(); before != null; before = before.getPrevious()) {
                if (before instanceof Heading heading) {
                    return heading;
                }
            }
        }
        return null;
    }
}
