package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.moocbuilder.content.SitePath;
import org.moocbuilder.diag.SourcePosition;

/**
 * Rewrites links written as relative source paths ({@code ../02-module/01-lesson.md#goals},
 * {@code diagram.svg}) into relative links between output pages, and warns, at the line of the
 * link, about targets that do not exist. Links with a scheme, protocol-relative links and
 * fragment-only links are left as written.
 */
final class SiteLinkResolver implements LinkResolver {

    static final DataKey<PageContext> PAGE = new DataKey<>("MOOC_PAGE", (PageContext) null);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver();
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
            return link;
        }
        PageContext page = PAGE.get(context.getDocument());
        String url = link.getUrl();
        if (page == null || url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return link;
        }
        return rewrite(url, node, page).map(u -> link.withUrl(u).withStatus(LinkStatus.VALID)).orElse(link);
    }

    private static Optional<String> rewrite(String url, Node node, PageContext page) {
        int cut = indexOfAny(url, '?', '#');
        String path = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        SourcePosition at = page.lines().at(node.getStartOffset());
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String target = SitePath.resolve(page.source().sitePath(), decoded);
        if (target == null) {
            page.diagnostics().warning("LINK003", at, "link `" + url + "` climbs out of the content folder",
                    "link to a file inside content/, or use a full https:// address");
            return Optional.empty();
        }
        Optional<String> output = page.links().outputOf(target);
        if (output.isEmpty()) {
            boolean image = node instanceof Image;
            boolean lesson = decoded.endsWith(".md");
            page.diagnostics().warning(lesson ? "LINK001" : "LINK002", at,
                    (image ? "image" : lesson ? "link to a lesson" : "link to a file") + " `" + url
                            + "` that does not exist (looked for content/" + target + ")",
                    "check the path; it is relative to this file's folder");
            return Optional.empty();
        }
        return Optional.of(SitePath.relative(page.outputPath(), output.get()) + suffix);
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
