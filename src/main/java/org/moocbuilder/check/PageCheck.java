package org.moocbuilder.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.moocbuilder.content.SafeUrls;
import org.moocbuilder.content.SitePath;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Static accessibility and link checks on each built page, whatever made it (lesson text,
 * template, translation): lang and dir, one h1, heading levels, labels, table headers, link
 * names, duplicate ids, and relative links and images that lead nowhere.
 */
final class PageCheck {

    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    private final SiteFiles site;
    private final Map<String, String> sources;
    private final String sourceLocale;
    private final Set<String> alreadyReported;
    private final Set<String> checkedInOwnLanguage;
    /**
     * The addresses each thread found to lead somewhere from the folder of the page it checked
     * last. The pages of a module share their folder and their navigation, and are checked one
     * after the other on one thread: each navigation link is resolved once per module, not once
     * per page. Only good addresses are kept, so every page still reports its own broken ones.
     */
    private final ThreadLocal<GoodLinks> goodLinks = ThreadLocal.withInitial(GoodLinks::new);

    private static final class GoodLinks {
        private String folder = "";
        private final Set<String> addresses = new HashSet<>();

        /** The good addresses of the folder of {@code page}, forgotten when the folder changes; asked for every link. */
        Set<String> from(String page) {
            int folderEnd = page.lastIndexOf('/') + 1;
            if (folderEnd != folder.length() || !page.startsWith(folder)) {
                folder = page.substring(0, folderEnd);
                addresses.clear();
            }
            return addresses;
        }
    }

    /**
     * @param site                 the files the site has
     * @param sources              the source file behind each built page (path under the output folder)
     * @param alreadyReported      links reported at their source line, as {@code page|url} (page relative to a
     *                             language's folder, or under the output folder for one language's own text)
     * @param checkedInOwnLanguage pages whose text is their language's own (adaptations), whose link texts
     *                             were checked at their lines in that language
     */
    PageCheck(SiteFiles site, Map<String, String> sources, String sourceLocale, Set<String> alreadyReported,
              Set<String> checkedInOwnLanguage) {
        this.site = site;
        this.sources = Map.copyOf(sources);
        this.sourceLocale = sourceLocale;
        this.alreadyReported = Set.copyOf(alreadyReported);
        this.checkedInOwnLanguage = Set.copyOf(checkedInOwnLanguage);
    }

    /** Where to report a finding about a page: its source file, or the page itself when a template made it. */
    SourcePosition where(String page) {
        String source = sources.get(page);
        return SourcePosition.ofFile(source != null ? source : "site-out/" + page);
    }

    /** Checks one page in a single walk over its elements (a page's DOM is walked once, not once per rule). */
    void check(String path, Document page, Diagnostics diagnostics) {
        SourcePosition at = where(path);
        String in = " (in " + path + ")";
        Element html = page.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isEmpty() || html.attr("dir").isEmpty()) {
            diagnostics.error("A11Y002", at, "page has no " + (lang.isEmpty() ? "lang" : "dir") + " attribute" + in,
                    "the theme's layout must write <html lang=\"...\" dir=\"...\">");
        }
        int h1 = 0;
        int previous = 1;
        List<Element> fields = new ArrayList<>();
        Set<String> labelled = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                int level = tag.charAt(1) - '0';
                h1 += level == 1 ? 1 : 0;
                if (inside(element, "main")) {
                    if (level > previous + 1) {
                        diagnostics.warning("A11Y004", at, "heading \"" + element.text() + "\" is h" + level + " after h"
                                + previous + in, "do not skip heading levels: use ## for sections and ### inside them");
                    }
                    previous = level;
                }
            }
            switch (tag) {
                case "img" -> {
                    if (!element.hasAttr("alt")) {
                        diagnostics.error("A11Y010", at, "image " + element.attr("src") + " has no alt attribute" + in,
                                "give every image alt text, or alt=\"\" when it is only decoration");
                    }
                    if (element.hasAttr("src")) {
                        checkTarget(path, element.attr("src"), at, in, diagnostics);
                    }
                }
                case "a" -> {
                    if (element.hasAttr("href")) {
                        link(path, element, lang, at, in, diagnostics);
                    }
                }
                case "link" -> {
                    if (element.hasAttr("href") && !element.attr("rel").equals("alternate")) {
                        checkTarget(path, element.attr("href"), at, in, diagnostics);
                    }
                }
                case "script" -> {
                    if (element.hasAttr("src")) {
                        checkTarget(path, element.attr("src"), at, in, diagnostics);
                    } else if (!element.attr("type").equals("application/json")) {
                        // The theme's quiz data is JSON and its scripts are files of the site; nothing else may run.
                        diagnostics.error("SAFE001", at, "the page holds an inline script" + in,
                                "scripts belong in the theme's assets; course text can never add one");
                    }
                }
                case "table" -> {
                    if (element.getElementsByTag("th").isEmpty()) {
                        diagnostics.warning("A11Y007", at, "a table has no header cells" + in,
                                "give the table a header row: | Column | Column | then |---|---|");
                    }
                }
                case "input", "select", "textarea" -> {
                    if (!tag.equals("input") || !element.attr("type").equals("hidden")) {
                        fields.add(element);
                    }
                }
                case "label" -> labelled.add(element.attr("for"));
                default -> {
                }
            }
            activeAttributes(element, at, in, diagnostics);
            if (element.hasAttr("id") && !seen.add(element.id())) {
                diagnostics.error("A11Y009", at, "id \"" + element.id() + "\" is used twice" + in,
                        "ids must be unique on a page; give one of the headings another {#id}");
            }
        }
        if (h1 != 1) {
            diagnostics.error("A11Y003", at, "page has " + h1 + " h1 headings" + in, "a page has exactly one h1: its title");
        }
        for (Element field : fields) {
            boolean hasLabel = !field.id().isEmpty() && labelled.contains(field.id())
                    || field.hasAttr("aria-label") || inside(field, "label");
            if (!hasLabel) {
                diagnostics.error("A11Y008", at, "a form field (" + field.tagName() + ") has no label" + in,
                        "every input needs a <label for=...> or an aria-label");
            }
        }
    }

    private void link(String path, Element link, String lang, SourcePosition at, String in, Diagnostics diagnostics) {
        String name = link.text().strip() + link.attr("aria-label") + imageAlt(link);
        if (name.isBlank()) {
            diagnostics.error("A11Y005", at, "link to " + link.attr("href") + " has no text" + in,
                    "give the link text a screen reader can read");
        } else if (!lang.equals(sourceLocale) && !checkedInOwnLanguage.contains(path)
                && MeaninglessLinks.isMeaningless(link.text(), lang)) {
            diagnostics.warning("A11Y006", at, "link text \"" + link.text() + "\" does not say where it leads" + in,
                    "in the translation, use the name of the target as the link text");
        }
        checkTarget(path, link.attr("href"), at, in, diagnostics);
    }

    /**
     * A second line of defence behind the renderer's gate: an event handler or a script address
     * that reached a page, from whatever made it (a template, a translation, a bug), is reported.
     */
    private static void activeAttributes(Element element, SourcePosition at, String in, Diagnostics diagnostics) {
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            boolean handler = name.startsWith("on");
            boolean address = name.equals("href") || name.equals("src") || name.equals("action")
                    || name.equals("formaction") || name.endsWith(":href");
            if (handler || address && !SafeUrls.allowed(attribute.getValue()) && !emptyIcon(element, attribute)) {
                diagnostics.error("SAFE001", at, "<" + element.normalName() + "> has " + (handler ? "an event handler "
                        : "a script address ") + attribute.getKey() + " that could run in a learner's browser" + in,
                        "find what wrote it (template, translation or lesson) and remove it");
            }
        }
    }

    /**
     * The empty icon of the default layout, {@code <link rel="icon" href="data:,">}: a data address
     * with no content, which the browser takes instead of asking the server for /favicon.ico. Any
     * other data address, on a link or anywhere, is still reported.
     */
    private static boolean emptyIcon(Element element, Attribute attribute) {
        return element.normalName().equals("link") && element.attr("rel").equalsIgnoreCase("icon")
                && attribute.getKey().equalsIgnoreCase("href") && attribute.getValue().equals("data:,");
    }

    /** Whether {@code element} is, or sits inside, an element named {@code tag}. */
    private static boolean inside(Element element, String tag) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The alt text of the first image inside a link that has one. */
    private static String imageAlt(Element link) {
        for (Element image : link.getElementsByTag("img")) {
            if (image.hasAttr("alt")) {
                return image.attr("alt");
            }
        }
        return "";
    }

    private void checkTarget(String page, String url, SourcePosition at, String in, Diagnostics diagnostics) {
        if (page.equals("404.html") || url.isEmpty() || url.startsWith("#") || url.startsWith("//")) {
            return;
        }
        Set<String> good = goodLinks.get().from(page);
        if (good.contains(url) || SCHEME.matcher(url).lookingAt()
                || alreadyReported.contains(page.substring(page.indexOf('/') + 1) + "|" + url)
                || alreadyReported.contains(page + "|" + url)) {
            return;
        }
        String resolved = resolve(page, url);
        if (resolved == null) {
            diagnostics.error("LINK005", at, "link `" + url + "` is not a valid address" + in,
                    "write the address as a relative path, a #section or a full https:// address");
            return;
        }
        if (resolved.startsWith("../") || resolved.startsWith("/")) {
            diagnostics.error("LINK005", at, "link `" + url + "` leads outside the site" + in,
                    "links must stay inside the site; use a full https:// address for other sites");
        } else if (!site.exists(resolved)) {
            diagnostics.error("LINK005", at, "link `" + url + "` leads to " + resolved + ", which the site does not have" + in,
                    "fix the link in the lesson, the translation or the theme template that wrote it");
        } else {
            good.add(url);
        }
    }

    /**
     * The file a relative {@code url} on the page at {@code page} leads to, as a path under the
     * output folder (decoded, query and fragment dropped); null when it is no valid address.
     */
    static String resolve(String page, String url) {
        // Most links (every navigation link of every page) are plain relative paths: resolved
        // by path arithmetic without java.net.URI, which was most of the cost of checking them.
        // SitePath takes the page's folder as written, so a page with a dot segment (none the
        // build writes) goes the URI way, which normalises it.
        if (plainRelative(page) && !page.startsWith(".") && !page.contains("/.") && plainRelative(url)) {
            String resolved = SitePath.resolve(page, url);
            if (resolved != null) {
                return resolved;
            }
            // It climbs out of the site: the URI way writes where to, for the finding.
        }
        return resolveByUri(page, url);
    }

    /** {@link #resolve} through java.net.URI: what the plain-path way must agree with ({@code PlainLinkResolutionTest}). */
    static String resolveByUri(String page, String url) {
        String path = QUERY_OR_FRAGMENT.matcher(url).replaceFirst("");
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            // "./" keeps a colon in the first segment ("a:b.html", a decoded "%6Aavascript:x") a path, not a scheme.
            URI target = new URI(null, null, decoded.startsWith("/") ? decoded : "./" + decoded, null);
            return new URI(null, null, page, null).resolve(target).normalize().getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A relative path that URI parsing, percent-decoding and normalising leave as it is but for
     * its dot segments: letters, digits and {@code -._~/}, no empty segment, and not ending in a
     * folder ({@code /}, {@code .} or {@code ..}), which URI normalising writes with a slash.
     */
    private static boolean plainRelative(String path) {
        if (path.isEmpty() || path.charAt(0) == '/' || path.endsWith("/") || path.equals(".") || path.equals("..")
                || path.endsWith("/.") || path.endsWith("/..")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (!plain || c == '/' && path.charAt(i - 1) == '/') {
                return false;
            }
        }
        return true;
    }
}
