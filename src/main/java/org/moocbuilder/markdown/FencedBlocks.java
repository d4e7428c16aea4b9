package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Optional;
import java.util.Set;

/** Hands fenced blocks to the page's {@link BlockRenderer}; what it declines is rendered as code. */
final class FencedBlocks implements HtmlRenderer.HtmlRendererExtension {

    static final DataKey<BlockRenderer> RENDERER = new DataKey<>("MOOC_BLOCKS", (BlockRenderer) null);
    static final DataKey<BlockRenderer.InlineMarkdown> INLINE = new DataKey<>("MOOC_INLINE", (BlockRenderer.InlineMarkdown) null);
    static final DataKey<LineMap> LINES = new DataKey<>("MOOC_LINES", (LineMap) null);

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
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            Document document = block.getDocument();
            BlockRenderer blocks = RENDERER.get(document);
            Optional<String> rendered = Optional.empty();
            if (blocks != null) {
                int line = LINES.get(document).at(block.getContentChars().getStartOffset()).line();
                rendered = blocks.render(block.getInfo().toString().strip(), block.getContentChars().toString(), line,
                        INLINE.get(document));
            }
            if (rendered.isPresent()) {
                html.line();
                html.raw(rendered.get());
                html.line();
            } else {
                context.delegateRender();
            }
        }
    }
}
