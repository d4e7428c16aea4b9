package org.moocbuilder.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Static accessibility and link checks on each built page, whatever made it (lesson text,
 * template, translation): lang and dir, one h1, heading levels, labels, table headers, link
 * names, duplicate ids, and relative links and images that lead nowhere.
 */
final class PageCheck {

    private final BuiltSite site;
    private final Map<String, String> sources;
    private final String sourceLocale;
    private final Set<String> alreadyReported;

    /**
     * @param sources         the source file behind each built page (path under the output folder)
     * @param alreadyReported links reported at their source line, as {@code page|url} (page relative to a language's folder)
     */
    PageCheck(BuiltSite site, Map<String, String> sources, String sourceLocale, Set<String> alreadyReported) {
        this.site = site;
        this.sources = Map.copyOf(sources);
        this.sourceLocale = sourceLocale;
        this.alreadyReported = Set.copyOf(alreadyReported);
    }

    /** Where to report a finding about a page: its source file, or the page itself when a template made it. */
    SourcePosition where(String page) {
        String source = sources.get(page);
        return SourcePosition.ofFile(source != null ? source : "site-out/" + page);
    }

    void check(String path, Document page, Diagnostics diagnostics) {
        SourcePosition at = where(path);
        String in = " (in " + path + ")";
        Element html = page.selectFirst("html");
        String lang = html.attr("lang");
        if (lang.isEmpty() || html.attr("dir").isEmpty()) {
            diagnostics.error("A11Y002", at, "page has no " + (lang.isEmpty() ? "lang" : "dir") + " attribute" + in,
                    "the theme's layout must write <html lang=\"...\" dir=\"...\">");
        }
        int h1 = page.select("h1").size();
        if (h1 != 1) {
            diagnostics.error("A11Y003", at, "page has " + h1 + " h1 headings" + in, "a page has exactly one h1: its title");
        }
        int previous = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                diagnostics.warning("A11Y004", at, "heading \"" + heading.text() + "\" is h" + level + " after h" + previous + in,
                        "do not skip heading levels: use ## for sections and ### inside them");
            }
            previous = level;
        }
        for (Element image : page.select("img:not([alt])")) {
            diagnostics.error("A11Y010", at, "image " + image.attr("src") + " has no alt attribute" + in,
                    "give every image alt text, or alt=\"\" when it is only decoration");
        }
        for (Element link : page.select("a[href]")) {
            String name = link.text().strip() + link.attr("aria-label") + link.select("img[alt]").attr("alt");
            if (name.isBlank()) {
                diagnostics.error("A11Y005", at, "link to " + link.attr("href") + " has no text" + in,
                        "give the link text a screen reader can read");
            } else if (!lang.equals(sourceLocale) && MeaninglessLinks.isMeaningless(link.text(), lang)) {
                diagnostics.warning("A11Y006", at, "link text \"" + link.text() + "\" does not say where it leads" + in,
                        "in the translation, use the name of the target as the link text");
            }
            checkTarget(path, link.attr("href"), at, in, diagnostics);
        }
        for (Element asset : page.select("img[src], link[href], script[src]")) {
            if (!asset.tagName().equals("link") || !asset.attr("rel").equals("alternate")) {
                checkTarget(path, asset.hasAttr("src") ? asset.attr("src") : asset.attr("href"), at, in, diagnostics);
            }
        }
        for (Element table : page.select("table")) {
            if (table.select("th").isEmpty()) {
                diagnostics.warning("A11Y007", at, "a table has no header cells" + in,
                        "give the table a header row: | Column | Column | then |---|---|");
            }
        }
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty()
                    || field.hasAttr("aria-label") || field.closest("label") != null;
            if (!labelled) {
                diagnostics.error("A11Y008", at, "a form field (" + field.tagName() + ") has no label" + in,
                        "every input needs a <label for=...> or an aria-label");
            }
        }
        Set<String> seen = new HashSet<>();
        for (Element withId : page.select("[id]")) {
            if (!seen.add(withId.id())) {
                diagnostics.error("A11Y009", at, "id \"" + withId.id() + "\" is used twice" + in,
                        "ids must be unique on a page; give one of the headings another {#id}");
            }
        }
    }

    private void checkTarget(String page, String url, SourcePosition at, String in, Diagnostics diagnostics) {
        if (page.equals("404.html") || url.isEmpty() || url.startsWith("#") || url.startsWith("//")
                || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")
                || alreadyReported.contains(page.substring(page.indexOf('/') + 1) + "|" + url)) {
            return;
        }
        String path = url.replaceFirst("[?#].*$", "");
        String resolved;
        try {
            resolved = new URI(null, null, page, null).resolve(new URI(null, null, decode(path), null)).normalize().getPath();
        } catch (URISyntaxException e) {
            diagnostics.error("LINK005", at, "link `" + url + "` is not a valid address" + in, null);
            return;
        }
        if (resolved.startsWith("../") || resolved.startsWith("/")) {
            diagnostics.error("LINK005", at, "link `" + url + "` leads outside the site" + in,
                    "links must stay inside the site; use a full https:// address for other sites");
        } else if (!site.exists(resolved)) {
            diagnostics.error("LINK005", at, "link `" + url + "` leads to " + resolved + ", which the site does not have" + in,
                    "fix the link in the lesson, the translation or the theme template that wrote it");
        }
    }

    private static String decode(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
