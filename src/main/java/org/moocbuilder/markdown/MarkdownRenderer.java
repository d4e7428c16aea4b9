package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Entities;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.Messages;

/**
 * Renders course Markdown to HTML. One instance per language of the text (callout titles and
 * footnote labels are in that language); parser and renderer are built once and shared by
 * all threads, which flexmark supports.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final DataHolder options;

    public MarkdownRenderer(Messages textLanguage, boolean allowRawHtml) {
        this(textLanguage::format, allowRawHtml, true);
    }

    /** A renderer for reading Markdown only (segments, heading ids), where no UI text is needed. */
    public static MarkdownRenderer forReading(boolean allowRawHtml) {
        return new MarkdownRenderer(key -> key, allowRawHtml, true);
    }

    /**
     * The same renderer with flexmark's own inline parser, table check, attribute step and text
     * drawing in place of the faster {@link DirectMatchInlineParser}, {@link PipeTables},
     * {@link WalkedAttributes} and {@link PlainText}, which must give the same HTML.
     */
    static MarkdownRenderer withFlexmarkTextPath(Messages textLanguage, boolean allowRawHtml) {
        return new MarkdownRenderer(textLanguage::format, allowRawHtml, false);
    }

    private MarkdownRenderer(Function<String, String> messages, boolean allowRawHtml, boolean fastTextPath) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                fastTextPath ? new PipeTables() : TablesExtension.create(),
                FootnoteExtension.create(),
                DefinitionExtension.create(),
                fastTextPath ? new WalkedAttributes() : AttributesExtension.create(),
                new CalloutExtension(type -> messages.apply("callout." + type)),
                new FencedBlocks(),
                new ScrollingTables(messages.apply("table.label"))));
        if (fastTextPath) {
            extensions.add(new PlainText());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(TablesExtension.CLASS_NAME, "table");
        // A footnote's link reads "Footnote 1" to a screen reader, not a bare "1"; the number stays where the language puts it.
        String[] footnote = messages.apply("footnote.ref").split("\\{number}", 2);
        options.set(FootnoteExtension.FOOTNOTE_REF_PREFIX, hidden(footnote[0]));
        options.set(FootnoteExtension.FOOTNOTE_REF_SUFFIX, footnote.length > 1 ? hidden(footnote[1]) : "");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "<span aria-hidden=\"true\">↩</span><span class=\"visually-hidden\">"
                + escape(messages.apply("footnote.back")) + "</span>");
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // The admonition parser reads this key on every parse, and its default reads the icon SVGs
        // from the jar each time (a fifth of a build's CPU); our callouts draw no icons.
        options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
        this.options = options.toImmutable();
        Parser.Builder parsing = Parser.builder(options);
        if (fastTextPath) {
            parsing.customInlineParserFactory(DirectMatchInlineParser::new)
                    // flexmark adds the reference-definition step itself only to its own inline parser.
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        this.parser = parsing.build();
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new SiteLinkResolver.Factory())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return new CodeDirection();
                    }
                })
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return new ForeignTextMarker();
                    }
                })
                // Last, so it sees every attribute the others and {...} blocks set.
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return new SafeAttributes();
                    }
                })
                .build();
    }

    /**
     * Renders {@code source} for the page at {@code outputPath}; links are rewritten relative to
     * that page, and problems are reported to {@code diagnostics} at their line in the file.
     */
    public RenderedMarkdown render(MarkdownSource source, String outputPath, LinkIndex links, Diagnostics diagnostics) {
        return render(source, outputPath, links, diagnostics, null);
    }

    /**
     * Renders a text of which parts are in another language ({@code foreign}: the source text
     * where a translation is missing); the elements holding those parts get lang and dir.
     */
    public RenderedMarkdown render(MarkdownSource source, String outputPath, LinkIndex links, Diagnostics diagnostics,
                                   ForeignRanges foreign) {
        return render(source, outputPath, links, diagnostics, foreign, null);
    }

    /** Renders with {@code blocks} drawing fenced blocks it knows (quizzes) in place of code. */
    public RenderedMarkdown render(MarkdownSource source, String outputPath, LinkIndex links, Diagnostics diagnostics,
                                   ForeignRanges foreign, BlockRenderer blocks) {
        Document document = parser.parse(source.markdown());
        document.set(ForeignTextMarker.RANGES, foreign);
        document.set(FencedBlocks.RENDERER, blocks);
        document.set(FencedBlocks.INLINE, this::inline);
        LineMap lines = new LineMap(source);
        document.set(FencedBlocks.LINES, lines);
        warnAboutLevelOneHeadings(document, lines, diagnostics);
        document.set(SiteLinkResolver.PAGE, new PageContext(source, outputPath, links, diagnostics, lines));
        return new RenderedMarkdown(draw(document));
    }

    /** The document's HTML, with the texts {@link PlainText} set aside while drawing put back. */
    private String draw(Document document) {
        List<String> setAside = new ArrayList<>();
        document.set(PlainText.SET_ASIDE, setAside);
        return PlainText.putBack(renderer.render(document), setAside);
    }

    /** Words only a screen reader reads, or nothing for none. */
    private static String hidden(String words) {
        return words.isEmpty() ? "" : "<span class=\"visually-hidden\">" + escape(words) + "</span>";
    }

    /** One line of Markdown as inline HTML, without the paragraph around it. */
    public String inline(String markdown) {
        String html = draw(parser.parse(markdown.strip())).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** Parses Markdown with the same extensions the renderer uses, for tools that cut text into segments. */
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * The ids the renderer gives to headings that have no explicit {@code {#id}}, keyed by the
     * offset where each heading's text starts; translations reuse them so links to a section
     * work in every language.
     */
    public Map<Integer, String> headingIds(Document document) {
        HeaderIdGenerator generator = new HeaderIdGenerator(options);
        generator.generateIds(document);
        Map<Integer, String> ids = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && !hasExplicitId(heading) && heading.getFirstChild() != null) {
                int start = heading.getFirstChild().getStartOffset();
                while (start < document.getChars().length() && Character.isWhitespace(document.getChars().charAt(start))) {
                    start++;
                }
                ids.put(start, heading.getAnchorRefId());
            }
        }
        return ids;
    }

    private static boolean hasExplicitId(Heading heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode && child.getChars().toString().contains("#")) {
                return true;
            }
        }
        return false;
    }

    /** The template prints the title as the page's only h1; a second one confuses screen reader users. */
    private static void warnAboutLevelOneHeadings(Document document, LineMap lines, Diagnostics diagnostics) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                diagnostics.warning("LES004", lines.at(heading.getStartOffset()),
                        "level-1 heading in the text; the title from the front matter is already the page's heading",
                        "use `##` for the sections of a lesson");
            }
        }
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
