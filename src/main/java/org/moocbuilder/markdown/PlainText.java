package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Draws text nodes as flexmark's core renderer does (backslash escapes and entities resolved,
 * line ends normalised, HTML escaped, each by flexmark's own {@link Escaping}), but skips each of
 * those passes when the text has nothing for it. Most text has none, and the three passes, each a
 * regular expression run through flexmark's sequence interfaces, were a tenth of a build's CPU.
 */
final class PlainText implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, Renderer::render));
        }

        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = Chars.of(node.getChars());
            if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
                text = Escaping.unescapeString(text);
            }
            if (text.indexOf('\r') >= 0) {
                text = Escaping.normalizeEOL(text);
            }
            if (needsEscaping(text)) {
                html.text(text);
            } else {
                html.raw(text);
            }
        }

        /** Whether the text has a character flexmark's HTML escaping replaces. */
        private static boolean needsEscaping(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '&' || c == '<' || c == '>' || c == '"') {
                    return true;
                }
            }
            return false;
        }
    }
}
