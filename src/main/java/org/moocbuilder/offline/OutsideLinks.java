package org.moocbuilder.offline;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.moocbuilder.content.SitePath;

/**
 * Makes a page fit a package that holds only part of the site: a link to a file the package
 * lacks (the same page in a language left out) would open nothing offline, so it is kept as text
 * with no address, and a {@code <link>} to such a file is dropped. Everything else is left as drawn.
 */
final class OutsideLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private OutsideLinks() {
    }

    /**
     * @param path     the page's path inside the package
     * @param html     the page as drawn
     * @param contents every file the package holds
     */
    static byte[] keepInside(String path, byte[] html, Set<String> contents) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        page.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element link : page.select("a[href]")) {
            if (leavesPackage(path, link.attr("href"), contents)) {
                link.removeAttr("href").removeAttr("hreflang");
                changed = true;
            }
        }
        for (Element link : page.select("link[href]")) {
            if (leavesPackage(path, link.attr("href"), contents)) {
                link.remove();
                changed = true;
            }
        }
        return changed ? page.outerHtml().getBytes(StandardCharsets.UTF_8) : html;
    }

    /** A relative address to a file the package does not hold (web addresses and #sections are left alone). */
    static boolean leavesPackage(String page, String url, Set<String> contents) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return false;
        }
        String resolved = SitePath.resolve(page, SitePath.decode(url.replaceFirst("[?#].*$", "")));
        return resolved == null || !contents.contains(resolved);
    }
}
