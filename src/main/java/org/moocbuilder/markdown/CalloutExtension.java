package org.moocbuilder.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Callouts written as {@code !!! note "Title"} (the MkDocs syntax). We take flexmark's
 * admonition parser but not its renderer, which puts an SVG sprite and a script into every
 * page; ours writes a plain {@code <div role="note">} styled by the theme.
 */
final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static final Set<String> TYPES = Set.of("note", "tip", "warning", "important", "caution");

    private final Function<String, String> defaultTitles;

    /** @param defaultTitles the title shown for a callout type when the author gives none */
    CalloutExtension(Function<String, String> defaultTitles) {
        this.defaultTitles = defaultTitles;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MarkerFirst(new AdmonitionBlockParser.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /**
     * flexmark's admonition parser compiles a regular expression at the start of every line it
     * is offered; it is offered only lines that start with its markers ({@code !!!}, {@code ???}).
     */
    private record MarkerFirst(CustomBlockParserFactory parser) implements CustomBlockParserFactory {

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory factory = parser.apply(options);
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                return line.matchChars("!!!", at) || line.matchChars("???", at) ? factory.tryStart(state, matched)
                        : BlockStart.none();
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return parser.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return parser.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return parser.affectsGlobalScope();
        }
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
        }

        private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
            String written = node.getInfo().toString().toLowerCase(Locale.ROOT);
            String type = TYPES.contains(written) ? written : "note";
            String title = node.getTitle().isNull() || node.getTitle().isBlank()
                    ? defaultTitles.apply(type) : node.getTitle().toString();
            html.line();
            html.attr("class", "callout callout-" + type).attr("role", "note").withAttr().tag("div").line();
            ForeignRanges foreign = ForeignTextMarker.RANGES.get(node.getDocument());
            if (foreign != null && !node.getTitle().isNull() && foreign.contains(node.getTitle().getStartOffset())) {
                html.attr("lang", foreign.lang()).attr("dir", foreign.dir());
            }
            html.attr("class", "callout-title").withAttr().tag("p");
            html.text(title);
            html.closeTag("p").line();
            context.renderChildren(node);
            html.closeTag("div").line();
        }
    }
}
