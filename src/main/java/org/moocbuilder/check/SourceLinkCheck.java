package org.moocbuilder.check;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.markdown.LinkIndex;
import org.moocbuilder.markdown.LinkTarget;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.parallel.Parallel;

/**
 * Checks the links and images written in a source file, in every language's built page, so a
 * finding points at the line that produced it: a {@code #fragment} the target page lacks,
 * an image without alt text, a link whose text says nothing ("click here"). Web addresses are
 * collected for the external check. Sources are read before the pages are drawn; a fragment is
 * looked for in each page as it streams past ({@link #page}), and reported missing at the end
 * ({@link #finish}), so only the ids that links name are kept, not every page's.
 */
final class SourceLinkCheck {

    private final MarkdownRenderer markdown;
    private final LinkIndex index;
    private final SiteFiles site;
    private final Map<String, SourcePosition> webLinks = new TreeMap<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> ownLanguage = new HashSet<>();
    /** A link's fragment, to look for in the target page in each language whose page shows the link. */
    private record Fragment(LinkTarget target, String page, SourcePosition at, List<String> locales) {
    }
    private final List<Fragment> fragments = new ArrayList<>();
    /** The ids links name, by page (under the output folder), and those each drawn page has. */
    private final Map<String, Set<String>> wanted = new HashMap<>();
    private final Map<String, Set<String>> found = new ConcurrentHashMap<>();

    SourceLinkCheck(MarkdownRenderer markdown, LinkIndex index, SiteFiles site) {
        this.markdown = markdown;
        this.index = index;
        this.site = site;
    }

    /**
     * Links the build already reported at their source line (a lesson or file that does not
     * exist, a placeholder), as {@code page|url} with the page relative to a language's folder
     * (a link in every language's page) or under the output folder (in one language's own
     * text: an adaptation), so checks of the built pages do not report them again.
     */
    Set<String> reportedBySource() {
        return reported;
    }

    /** The pages (under the output folder) whose text is a language's own, checked here in that language. */
    Set<String> checkedInOwnLanguage() {
        return ownLanguage;
    }

    /** The web addresses seen so far, each with the first place it is written. */
    Map<String, SourcePosition> webLinks() {
        return webLinks;
    }

    /** An image its author marked as decoration, {@code ![](line.svg){role=presentation}}, needs no alt text. */
    private static boolean isDecorative(Node image) {
        // With a space between, flexmark gives the attributes to the paragraph, not the image.
        if (!(image.getNext() instanceof AttributesNode attributes) || attributes.getStartOffset() != image.getEndOffset()) {
            return false;
        }
        for (Node child : attributes.getChildren()) {
            if (child instanceof AttributeNode attribute && attribute.getName().toString().equals("role")
                    && Set.of("presentation", "none").contains(attribute.getValue().toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the links of one source add to the check, gathered apart so that sources can be read
     * in parallel and added in their order: the same web link's first place, whatever the threads did.
     */
    private static final class Gathered {
        private final Map<String, SourcePosition> webLinks = new LinkedHashMap<>();
        private final Set<String> reported = new HashSet<>();
        private final Set<String> ownLanguage = new HashSet<>();
        private final List<Fragment> fragments = new ArrayList<>();
    }

    /** Checks every source's links and images ({@link #check}), reading the sources in parallel. */
    void checkAll(List<PageChecks.SourcePage> sources, Diagnostics diagnostics) {
        List<Gathered> gathered = Parallel.map(sources,
                page -> check(page.source().get(), page.outputPath(), page.locales(), diagnostics));
        for (Gathered g : gathered) {
            g.webLinks.forEach(webLinks::putIfAbsent);
            reported.addAll(g.reported);
            ownLanguage.addAll(g.ownLanguage);
            for (Fragment fragment : g.fragments) {
                fragments.add(fragment);
                for (String locale : fragment.locales()) {
                    wanted.computeIfAbsent(locale + "/" + fragment.page(), p -> new HashSet<>()).add(fragment.target().fragment());
                }
            }
        }
    }

    /**
     * Checks the links and images written in {@code source}, the text of the page at {@code outputPath}
     * in {@code locales}: every language for the source's text (but those adapting it), one for an adaptation.
     */
    private Gathered check(MarkdownSource source, String outputPath, List<String> locales, Diagnostics diagnostics) {
        Gathered g = new Gathered();
        boolean sourceText = locales.contains(site.locales().get(0));
        // The source's link texts are judged as English, as before; an adaptation's in its own language.
        String language = sourceText ? "en" : locales.get(0);
        if (!sourceText) {
            locales.forEach(locale -> g.ownLanguage.add(locale + "/" + outputPath));
        }
        Document document = markdown.parse(source.markdown());
        for (Node node : document.getDescendants()) {
            if (node instanceof Reference reference) {
                placeholder(g, reference.getUrl().toString(), "reference [" + reference.getReference() + "]", source,
                        reference.getStartOffset(), outputPath, locales, diagnostics);
                continue;
            }
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                rawHtml(g, node, source, outputPath, locales, diagnostics);
                continue;
            }
            if (node instanceof RefNode ref && ref.getReferenceNode(document) == null) {
                notALink(ref, source, diagnostics);
                continue;
            }
            if (!(node instanceof Link) && !(node instanceof Image)) {
                continue;
            }
            SourcePosition at = position(source, node.getStartOffset());
            String url = node instanceof Link link ? link.getUrl().toString() : ((Image) node).getUrl().toString();
            String text = node instanceof Link link ? link.getText().toString() : ((Image) node).getText().toString();
            if (node instanceof Image && text.isBlank() && !isDecorative(node)) {
                // WCAG 1.1.1 (level A): a learner on a screen reader gets nothing from this image.
                diagnostics.error("A11Y001", at, "image `" + url + "` has no alt text",
                        "describe what the image shows in the brackets: ![A map of the districts](map.svg);"
                                + " if it is only decoration, write ![](" + url + "){role=presentation}");
            }
            if (node instanceof Link && MeaninglessLinks.isMeaningless(ReadingLevelCheck.plain(text), language)) {
                diagnostics.warning("A11Y006", at, "link text `" + text + "` does not say where the link leads",
                        "use the name of the target as the link text, e.g. [the project cycle](02-project-cycle.md)");
            }
            LinkTarget target = LinkTarget.of(source.sitePath(), url, index);
            switch (target.kind()) {
                case WEB -> g.webLinks.putIfAbsent(url.startsWith("//") ? "https:" + url : url, at);
                case INTERNAL, SAME_PAGE -> checkFragment(g, target, outputPath, at, locales);
                case MISSING, OUTSIDE -> note(g, outputPath, url, locales);
                case EMPTY -> placeholder(g, url, node instanceof Image ? "image" : "link `" + node.getChars() + "`", source,
                        node.getStartOffset(), outputPath, locales, diagnostics);
                default -> {
                }
            }
        }
        return g;
    }

    /** Notes a link reported at its source line, so the check of the drawn pages does not report it again. */
    private void note(Gathered g, String outputPath, String url, List<String> locales) {
        if (locales.size() == site.locales().size()) {
            g.reported.add(outputPath + "|" + url);
        } else {
            locales.forEach(locale -> g.reported.add(locale + "/" + outputPath + "|" + url));
        }
    }

    /** An empty or {@code #} target, left in as a placeholder: the link leads nowhere (it reloads the page, or its top). */
    private void placeholder(Gathered g, String url, String what, MarkdownSource source, int offset, String outputPath,
                             List<String> locales, Diagnostics diagnostics) {
        if (!LinkTarget.isPlaceholder(url)) {
            return;
        }
        note(g, outputPath, url, locales);
        diagnostics.error("LINK010", position(source, offset), what + " has " + (url.isEmpty() ? "an empty target"
                        : "the target `" + url + "`, which leads nowhere"),
                "write where it leads: a lesson (02-next.md), a #section of a heading, or a full https:// address;"
                        + " if there is nowhere to go, write the text without a link");
    }

    /** Links written as HTML (where site.yml allows it) are checked for placeholders too. */
    private void rawHtml(Gathered g, Node node, MarkdownSource source, String outputPath, List<String> locales,
                         Diagnostics diagnostics) {
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(node.getChars().toString());
        for (org.jsoup.nodes.Element element : html.select("a[href], img[src]")) {
            boolean image = element.normalName().equals("img");
            String url = element.attr(image ? "src" : "href");
            placeholder(g, url, image ? "image <img src=\"" + url + "\">" : "link <a href=\"" + url + "\">", source,
                    node.getStartOffset(), outputPath, locales, diagnostics);
        }
    }

    /**
     * {@code [text](address)} whose address Markdown cannot read (a space in it, as in
     * {@code https:// example.com}) is no link: the page shows the brackets as text. Markdown
     * reads {@code [text]} as a reference to nothing, followed by the text {@code (address)}.
     */
    private static void notALink(RefNode ref, MarkdownSource source, Diagnostics diagnostics) {
        if (!(ref.getNext() instanceof Text next) || !next.getChars().toString().startsWith("(")) {
            return;
        }
        String rest = next.getChars().toString();
        int close = rest.indexOf(')');
        if (close < 0) {
            return;
        }
        String address = rest.substring(1, close);
        String why = address.strip().chars().anyMatch(Character::isWhitespace) ? "it holds a space"
                : address.isBlank() ? "it is empty" : "it is not a valid address";
        diagnostics.error("LINK011", position(source, ref.getStartOffset()), "`" + ref.getChars() + rest.substring(0, close + 1)
                        + "` is shown as text, not as a link: Markdown cannot read `" + address + "` as an address (" + why + ")",
                "write the address without spaces (`https://example.com`); a space inside an address is written %20");
    }

    private static void checkFragment(Gathered g, LinkTarget target, String outputPath, SourcePosition at, List<String> locales) {
        if (target.fragment().isEmpty()) {
            return;
        }
        String page = target.kind() == LinkTarget.Kind.SAME_PAGE ? outputPath : target.target();
        if (!page.endsWith(".html")) {
            return;
        }
        g.fragments.add(new Fragment(target, page, at, locales));
    }

    /** Notes which of the ids that links name the drawn page at {@code path} has. Safe from many threads. */
    void page(String path, org.jsoup.nodes.Document page) {
        Set<String> ids = wanted.get(path);
        if (ids == null) {
            return;
        }
        Set<String> has = new HashSet<>();
        for (String id : ids) {
            if (page.getElementById(id) != null) {
                has.add(id);
            }
        }
        found.put(path, has);
    }

    /** Reports the fragments a target page lacks, once every page was drawn; a page never drawn is reported elsewhere. */
    void finish(Diagnostics diagnostics) {
        for (Fragment fragment : fragments) {
            LinkTarget target = fragment.target();
            List<String> missing = new ArrayList<>();
            for (String locale : fragment.locales()) {
                Set<String> ids = found.get(locale + "/" + fragment.page());
                if (ids != null && !ids.contains(target.fragment())) {
                    missing.add(locale);
                }
            }
            if (!missing.isEmpty()) {
                diagnostics.error("LINK004", fragment.at(), "link `" + target.url() + "` names #" + target.fragment()
                        + ", which " + fragment.page() + " does not have"
                        + (missing.size() == site.locales().size() ? "" : " in " + String.join(", ", missing)),
                        "link to an existing heading; give a heading a fixed id with `## Title {#id}`");
            }
        }
    }

    private static SourcePosition position(MarkdownSource source, int offset) {
        String text = source.markdown();
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return SourcePosition.at(source.file(), source.firstLine() + line, offset - text.lastIndexOf('\n', offset - 1));
    }

}
