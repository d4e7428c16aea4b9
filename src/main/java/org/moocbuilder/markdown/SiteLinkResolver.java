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
import org.moocbuilder.content.SafeUrls;
import org.moocbuilder.diag.SourcePosition;

/**
 * Rewrites links written as relative source paths ({@code ../02-module/01-lesson.md#goals},
 * {@code diagram.svg}) into relative links between output pages, and warns, at the line of the
 * link, about targets that do not exist. Links with a scheme, protocol-relative links and
 * fragment-only links are left as written.
 */
final class SiteLinkResolver implements LinkResolver {

    static final DataKey<PageContext> PAGE = new DataKey<>("MOOC_PAGE", (PageContext) null);

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
        if (page == null || url.isEmpty()) {
            return link;
        }
        SourcePosition at = page.lines().at(node.getStartOffset());
        if (!SafeUrls.allowed(url)) {
            // SafeAttributes drops the address from the page; the author or translator learns where it was.
            page.diagnostics().error("LINK009", at, (node instanceof Image ? "image" : "link") + " address `" + url
                    + "` uses the scheme `" + SafeUrls.scheme(url) + ":`, which a course page may not use",
                    "use a path to a lesson or file, a #section, or an https://, http://, mailto: or tel: address");
            return link;
        }
        LinkTarget target = LinkTarget.of(page.source().sitePath(), url, page.links());
        switch (target.kind()) {
            case INTERNAL -> {
                return link.withUrl(target.rewrittenFrom(page.outputPath())).withStatus(LinkStatus.VALID);
            }
            case OUTSIDE -> page.diagnostics().warning("LINK003", at, "link `" + url + "` climbs out of the content folder",
                    "link to a file inside content/, or use a full https:// address");
            case MISSING -> {
                boolean image = node instanceof Image;
                boolean lesson = target.sitePath().endsWith(".md");
                page.diagnostics().warning(lesson ? "LINK001" : "LINK002", at,
                        (image ? "image" : lesson ? "link to a lesson" : "link to a file") + " `" + url
                                + "` that does not exist (looked for content/" + target.sitePath() + ")",
                        "check the path; it is relative to this file's folder");
            }
            default -> {
            }
        }
        return link;
    }
}
