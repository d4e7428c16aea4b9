package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Set;

/**
 * Draws text nodes as flexmark's core renderer does (backslash escapes and entities resolved,
 * line ends normalised, HTML escaped, each by flexmark's own {@link Escaping}), but skips each of
 * those passes when the text has nothing for it. Most text has none, and the three passes, each a
 * regular expression run through flexmark's sequence interfaces, were a tenth of a build's CPU.
 *
 * <p>flexmark's HTML writer then looks at every character it is given, for line ends and
 * whitespace to trim at the start of a line: for the text of a page, 3.6% of a large build's CPU.
 * When the caller has given the document a list to {@link #SET_ASIDE} texts in, a text that writer
 * would pass on unchanged (no line end, no whitespace first) is set aside there, and the writer
 * gets a stand-in of three characters or more: NUL, the text's number, NUL. {@link #putBack}
 * puts the texts in place once the page is drawn. No other NUL reaches the HTML: flexmark reads
 * a NUL anywhere in its input as U+FFFD, and {@link Chars#of} does the same.
 */
final class PlainText implements HtmlRenderer.HtmlRendererExtension {

    /** Where texts are set aside while a document is drawn; none (the default) writes them in place. */
    static final DataKey<List<String>> SET_ASIDE = new DataKey<>("MOOC_PLAIN_TEXT_SET_ASIDE", (List<String>) null);

    /** Shorter texts cost the writer less than their stand-in and putting them back. */
    private static final int SET_ASIDE_FROM = 12;
    private static final char STAND_IN = '\0';

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        // flexmark makes the node renderers for each document it draws, with that document's data.
        builder.nodeRendererFactory(document -> new Renderer(SET_ASIDE.get(document)));
    }

    /** {@code html} with every stand-in replaced by the text set aside for it. */
    static String putBack(String html, List<String> setAside) {
        if (setAside.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + setAside.stream().mapToInt(String::length).sum());
        int done = 0;
        for (int start = html.indexOf(STAND_IN); start >= 0; start = html.indexOf(STAND_IN, done)) {
            int end = html.indexOf(STAND_IN, start + 1);
            int number = end < 0 ? -1 : standInNumber(html, start + 1, end);
            if (number < 0 || number >= setAside.size()) {
                // Not a stand-in (no NUL should reach here): left as it is, not a failed build.
                out.append(html, done, start + 1);
                done = start + 1;
                continue;
            }
            out.append(html, done, start).append(setAside.get(number));
            done = end + 1;
        }
        return out.append(html, done, html.length()).toString();
    }

    /** The number written from {@code start} to {@code end}, or -1 when that is not a number. */
    private static int standInNumber(String html, int start, int end) {
        if (start == end || end - start > 9) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (html.charAt(i) < '0' || html.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(html, start, end, 10);
    }

    private static final class Renderer implements NodeRenderer {

        private final List<String> setAside;

        Renderer(List<String> setAside) {
            this.setAside = setAside;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = Chars.of(node.getChars());
            if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
                text = Escaping.unescapeString(text);
            }
            if (text.indexOf('\r') >= 0) {
                text = Escaping.normalizeEOL(text);
            }
            if (needsEscaping(text)) {
                html.text(text);
            } else if (setAside != null && text.length() >= SET_ASIDE_FROM && passesUnchanged(text)) {
                html.raw(STAND_IN + Integer.toString(setAside.size()) + STAND_IN);
                setAside.add(text);
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

        /**
         * Whether flexmark's writer (with the renderer's default format flags) writes the text as
         * given: it ends lines at a line end, and drops spaces at the start of a line; after a
         * first character that is neither, it copies every character.
         */
        private static boolean passesUnchanged(String text) {
            char first = text.charAt(0);
            return first != ' ' && first != '\t' && text.indexOf('\n') < 0;
        }
    }
}
